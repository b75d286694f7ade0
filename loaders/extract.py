"""Articles in, actors and typed relations with status, attribution and evidence out.

The text is parsed paragraph by paragraph (a line break ends a paragraph; quote speakers carry
over paragraphs), the gazetteer marks actor names, ``relations.candidates`` proposes typed edges
from cue words, ``attribution`` and ``status`` decide how the article holds each one, and a
last pass adds a ``DENIES`` from each denier to the actors whose claim it denies.

>>> from graph.model import Article
>>> ex = Extractor().extract(Article("a1", text="Russia invaded Ukraine in 2022."))
>>> [(r.source, r.type.value, r.target, r.status.value) for r in ex.relations]
[('RUS', 'ATTACKS', 'UKR', 'asserted')]
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, Iterable, Iterator, Sequence

from graph.model import Actor, Article, Relation, RelationType, Status
from graph.store.base import Mention

from loaders.actors import Gazetteer, default_gazetteer, resolve_contextual
from loaders.attribution import (Frame, frame_of, opening_speakers, paragraph_speakers, quoted_sentences,
                                 sentence_quote_speakers, speakers_of)
from loaders.blame import blames
from loaders.coref import Discourse, Phrases
from loaders.discourse import (SentenceNote, charge_means, points_back, cross_sentence_denials, event_reactions, note_sentence, retaliation_threats,
                               shared_types)
from loaders.lexicon import Lexicon, load_lexicon, word_lists
from loaders.nlp import load_model
from loaders.headline import is_all_caps, is_title_case, name_words, truecase
from loaders.demands import demand_candidates
from loaders.judgements import judgement_candidates
from loaders.measures import merged
from loaders.relations import Candidate, candidates, subject_of
from loaders.ultimatums import ultimatums
from loaders.status import (Modality, announced, blamed_blasts, continuing_verbs, breached, circumstantial, conditional_deed, decide, expected_arrivals,
                            intent_adjectives, modality, participation_words, threatened)

__all__ = ["Extraction", "Extractor", "paragraphs"]

log = logging.getLogger(__name__)

_LINE = re.compile(r"[^\n]+")
_LEAD = re.compile(r"^[\s•·\-–—*►▪●]+")
_DATELINE = re.compile(r"[A-Z][A-Z.'’/ -]{1,40}[A-Z.](?:\s*[,(][^\n]{0,80}?)?\s[-–—]{1,2}\s+")
"""A wire dateline ("BAMAKO, March 3, 2023 (AFP) - "): not part of the first sentence's grammar."""
_CREDITED_DATELINE = re.compile(r"[A-Z][\w.'’]*(?:[ /-][A-Z][\w.'’]*){0,3}(?:,[^\n()\-–—]{1,60})?\s*\([A-Z][^()\n]{1,40}\)\s*[-–—]{1,2}\s+")
"""A dateline in title case that credits a wire or paper ("Beijing, Aug 5 (Reuters) - ", "Kyiv (AFP) - ")."""
_UNRESOLVED_LABELS = ("GPE", "ORG", "NORP")
_EVENT_REACTIONS = {RelationType.CONDEMNS, RelationType.SUPPORTS}
_BLAMING = {"blame", "accuse", "fault", "criticize", "criticise", "condemn"}
_SPEECH_ACTS = {RelationType.ACCUSES, RelationType.DENIES, RelationType.CONDEMNS, RelationType.REQUESTS}
"""Statements made: denying a claim about one leaves the statement itself standing."""
_ACCUSATION_NOUNS = {"accusation", "allegation", "charge"}
"""Claim nouns that, set after a denial, may name who made the claim ("a charge levelled by X")."""
_STOPPERS = {"stop", "end", "halt", "cease", "prevent", "repel", "repulse", "thwart", "foil"}


@dataclass
class Extraction:
    """What one article yields: its actors, relations and names left for curation."""

    article: Article
    actors: list[Actor] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    unresolved: list[Mention] = field(default_factory=list)
    failure: str | None = None  # why extraction broke on this article (nothing else is extracted then)


def _surnames_after_full_names(docs: Sequence[tuple[int, Any]], actor_maps: list[dict[int, str]]) -> None:
    """ "Guyanese President Irfaan Ali ... Ali accused Caracas": once a person is named in full, by the
    gazetteer or with an official title tied to an actor ("Alfred Mutua, Kenya's foreign minister"), the
    bare surname later in the article is that person, and speaks for the same actor. A surname two such
    people share is left alone, as is one that is part of another full name ("Ali Bagheri")."""
    surnames: dict[str, str | None] = {}

    def register(surname: str, aid: str) -> None:
        known = surnames.setdefault(surname, aid)
        if known != aid:
            surnames[surname] = None  # two people of that name: no one by the bare name

    for (_, doc), amap in zip(docs, actor_maps):
        titled: dict[int, list[tuple[str, str]]] = {}
        for end, names, aid in _titled_people(doc, amap):
            titled.setdefault(end, []).extend((name, aid) for name in names)
        for tok in doc:
            aid = amap.get(tok.i)
            if aid is not None:
                if tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN" and (amap.get(tok.i - 1) == aid or amap.get(tok.i + 1) == aid):
                    register(tok.text, aid)  # every part: "Ali" of "Irfaan Ali", "Wang" of "Wang Yi"
                continue
            for name, who in titled.get(tok.i, ()):
                register(name, who)
            if tok.i not in titled and surnames.get(tok.text) and (tok.pos_ == "PROPN" or tok.is_title) \
                    and not _in_longer_name(doc, tok):
                amap[tok.i] = surnames[tok.text]  # type: ignore[assignment]


def _titles() -> tuple[frozenset[str], frozenset[str]]:
    lists = word_lists("titles.yaml")
    return lists.official_titles, lists.not_in_office


def _titled_people(doc: Any, amap: dict[int, str]) -> Iterator[tuple[int, list[str], str]]:
    """(index of the name's last token, the name's words, actor) for each person named in full beside an
    official title tied to one actor: "Venezuelan Defense Minister Vladimir Padrino Lopez", "Kenya's foreign
    minister, Alfred Mutua", "Chinese foreign ministry spokesman Zhao Lijian"."""
    titles, out_of_office = _titles()
    for ent in doc.ents:
        if ent.label_ != "PERSON" or len(ent) < 2 or any(i in amap for i in range(ent.start, ent.end)):
            continue
        head = ent.root
        while head.dep_ == "compound" and head.head.pos_ == "PROPN" and head.head.i >= ent.start:
            head = head.head  # "Vladimir Padrino Lopez": the name runs on past the entity
        name = [t for t in doc[ent.start:max(ent.end, head.i + 1)] if t.pos_ == "PROPN"]
        phrase = [t for t in head.subtree if t.i < ent.start]
        for c in head.children:
            if c.dep_ == "appos":
                phrase += list(c.subtree)  # "Alfred Mutua, Kenya's foreign minister"
        if head.dep_ == "appos":
            inside = {t.i for t in head.subtree}
            phrase += [t for t in head.head.subtree if t.i not in inside and t.i < ent.start]  # "Kenya's minister, A. Mutua"
        words = {t.lower_ for t in phrase} | {t.lemma_.lower() for t in phrase}
        if len(name) < 2 or not words & titles or words & out_of_office:
            continue
        actors = list(dict.fromkeys(amap[t.i] for t in phrase if t.i in amap))
        if len(actors) == 1:
            yield name[-1].i, [t.text for t in name], actors[0]


def _in_longer_name(doc: Any, tok: Any) -> bool:
    """Whether a token sits inside a longer proper name ("Ali" in "Ali Bagheri", "Ali Khamenei")."""
    return any(0 <= j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].is_title and doc[j].ent_type_ == "PERSON"
               for j in (tok.i - 1, tok.i + 1))


@lru_cache(maxsize=1)
def _boilerplate() -> tuple[str, ...]:
    return tuple(sorted(word_lists("boilerplate.yaml").line_prefixes))


def paragraphs(text: str) -> list[tuple[int, str]]:
    """Non-empty lines of ``text`` with their start offsets, list bullets trimmed; links to other stories,
    credits and footers (``data/boilerplate.yaml``) left out."""
    out: list[tuple[int, str]] = []
    skip = _boilerplate()
    for m in _LINE.finditer(text):
        line = m.group(0)
        lead = _LEAD.match(line)
        start = m.start() + (lead.end() if lead else 0)
        if text[start:m.end()].lower().startswith(skip):
            continue
        dateline = _DATELINE.match(text, start, m.end()) or _CREDITED_DATELINE.match(text, start, m.end())
        if dateline:
            start = dateline.end()
        body = text[start:m.end()].rstrip()
        if body:
            out.append((start, body))
    return out


class Extractor:
    """Extracts relations from articles with one loaded spaCy model and one gazetteer."""

    def __init__(self, gazetteer: Gazetteer | None = None, model: Any = None) -> None:
        self.gazetteer = gazetteer or default_gazetteer()
        self.nlp = model if model is not None else load_model()
        self.lex: Lexicon = load_lexicon()
        self.gazetteer.matcher(self.nlp)

    def extract(self, article: Article) -> Extraction:
        """Every relation of one article."""
        return next(self.extract_many([article]))

    def extract_many(self, articles: Iterable[Article], workers: int = 1, batch_size: int = 64) -> Iterator[Extraction]:
        """Extractions in input order; paragraphs go through ``nlp.pipe`` in batches."""
        pending: list[tuple[Article, list[tuple[int, str]]]] = []

        def flush() -> Iterator[Extraction]:
            texts = [body for _, paras in pending for _, body in paras]
            kwargs = {"batch_size": batch_size}
            if workers > 1 and len(texts) > 1:
                kwargs["n_process"] = workers
            docs = iter(self.nlp.pipe(texts, **kwargs))
            for art, paras in pending:
                yield self._guarded(art, [(start, next(docs)) for start, _ in paras])
            pending.clear()

        words = 0
        for article in articles:
            paras = self._truecased(paragraphs(article.text or ""))
            pending.append((article, paras))
            words += sum(len(body) for _, body in paras)
            if words > 200_000 or len(pending) >= 256:
                yield from flush()
                words = 0
        if pending:
            yield from flush()

    def _truecased(self, paras: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """Title Case headlines in sentence case (same offsets), so that the parser finds their verbs."""
        if not any(is_title_case(body) or is_all_caps(body) for _, body in paras):
            return paras
        names = name_words(body for _, body in paras)
        return [(start, truecase(body, names, lambda word: self.gazetteer.lookup(word) is not None)) for start, body in paras]

    # one article ----------------------------------------------------------------------------

    def _guarded(self, article: Article, docs: Sequence[tuple[int, Any]]) -> Extraction:
        """One article's extraction; a fault in the rules costs that article alone, never the batch."""
        try:
            return self._extract_docs(article, docs)
        except Exception as err:  # noqa: BLE001 - any rule fault; the article is reported, not loaded
            log.exception("extraction failed on article %s", article.id)
            return Extraction(article, failure=f"extraction failed ({type(err).__name__}: {err})")

    def _extract_docs(self, article: Article, docs: Sequence[tuple[int, Any]]) -> Extraction:
        gaz, lex = self.gazetteer, self.lex
        matches = [gaz.find(doc, self.nlp) for _, doc in docs]
        present = {m.id for ms in matches for m in ms if m.id}
        actor_maps: list[dict[int, str]] = []
        for (_, doc), ms in zip(docs, matches):
            nexts = [doc[m.end].text if m.end < len(doc) else None for m in ms]
            ids = resolve_contextual(ms, nexts, present)
            amap: dict[int, str] = {}
            for m, aid in zip(ms, ids):
                if aid:
                    for i in range(m.start, m.end):
                        amap[i] = aid
            actor_maps.append(amap)
        _surnames_after_full_names(docs, actor_maps)

        discourse = Discourse()
        found: list[Relation] = []
        denials: list[tuple[Relation, list[str]]] = []
        notes: list[SentenceNote] = []  # for denials that answer an earlier sentence
        unresolved: dict[str, Mention] = {}
        for (offset, doc), amap in zip(docs, actor_maps):
            ph = Phrases(doc, amap, lex, discourse, gaz.kind_of)
            para_speakers = paragraph_speakers(doc, ph, lex, discourse.last_speakers)
            if not para_speakers:
                para_speakers = opening_speakers(doc, ph, lex)
                if para_speakers:
                    # "Kigali dismissed the findings. '...,' said spokeswoman X. She accused ...": the
                    # pronouns of the paragraph are the opener's, not the previous paragraph's speaker
                    discourse.last_speakers = para_speakers
            quoted = quoted_sentences(doc)
            starts_quoted = bool(quoted and quoted[0])
            quote_speakers = para_speakers or (discourse.last_speakers if starts_quoted else [])
            ph.quote_speakers = quote_speakers
            for sent, is_quoted in zip(doc.sents, quoted):
                sent_text = sent.text.strip()
                if not sent_text:
                    continue
                lead = len(sent.text) - len(sent.text.lstrip())
                char_start = offset + sent.start_char + lead
                char_end = char_start + len(sent_text)
                if article.text and article.text[char_start:char_end].lower() == sent_text.lower():
                    sent_text = article.text[char_start:char_end]  # as published, not as truecased for the parser
                sent_found: list[Relation] = []
                discourse.sentence_targets = {}
                discourse.sentence_sources = []
                cands = _one_reading(merged([*candidates(sent, ph, lex), *judgement_candidates(sent, ph, lex),
                                             *demand_candidates(sent, ph, lex)], sent, ph), lex)
                cands = [_reporter_speaks(c, ph, lex) for c in cands]
                judging = frozenset(c.cue.i for c in cands if c.type in _EVENT_REACTIONS and not c.nominal)
                for cand in cands:
                    for rel, explicit in self._relations(cand, ph, discourse, article, sent_text, char_start, char_end,
                                                         ph.quote_speakers if is_quoted else None, is_quoted, sent_found,
                                                         judging):
                        sent_found.append(rel)
                        if rel.status == Status.DENIED:
                            denials.append((rel, explicit))
                for rel in self._copular_condemnations(sent, ph, discourse, article, sent_text, char_start, char_end):
                    sent_found.append(rel)
                for rel in self._ultimatums(sent, ph, sent_found, article, sent_text, char_start, char_end):
                    sent_found.append(rel)
                for rel in self._blames(sent, ph, discourse, sent_found, article, sent_text, char_start, char_end):
                    sent_found.append(rel)
                for rel in self._named_accusers(sent, ph, sent_found, article, sent_text, char_start, char_end):
                    sent_found.append(rel)
                for rel in self._rejected_charges(sent, ph, discourse, sent_found, article, sent_text, char_start, char_end):
                    sent_found.append(rel)
                for rel in self._participation_claims(sent, ph, discourse, sent_found, article, sent_text, char_start,
                                                      char_end):
                    sent_found.append(rel)
                for rel in self._blamed_deeds(sent, ph, sent_found, article, sent_text, char_start, char_end):
                    sent_found.append(rel)
                for rel in self._expected_visits(sent, ph, discourse, sent_found, article, sent_text, char_start, char_end):
                    sent_found.append(rel)
                for rel in self._event_denials(sent, ph, discourse, sent_found, sent_text, char_start, char_end):
                    sent_found.append(rel)
                    denials.append((rel, []))
                found.extend(sent_found)
                latest = sentence_quote_speakers(sent, ph, lex, discourse.last_speakers)
                if latest:
                    ph.quote_speakers = latest  # '"...," Lavrov replied. "Ukraine has shelled ..."': his words go on
                notes.append(note_sentence(sent, ph, lex, offset, sent_text, char_start, char_end))
                discourse.relations.extend(sent_found)
                subjects = ph.sentence_subjects(sent)
                if subjects:
                    discourse.subjects.append(subjects)
                discourse.mentions.extend(amap[t.i] for t in sent if t.i in amap and (t.i + 1 >= len(doc) or doc[t.i + 1].i not in amap or amap[t.i + 1] != amap[t.i]))
                for ent in sent.ents:
                    if ent.label_ in _UNRESOLVED_LABELS and not any(i in amap for i in range(ent.start, ent.end)):
                        key = ent.text.strip()
                        if key and key not in unresolved:
                            unresolved[key] = Mention(key, article.id, sent_text, ent.label_)
            if para_speakers:
                discourse.last_speakers = ph.quote_speakers or para_speakers  # the speaker quoted last goes on
            else:
                for sent in doc.sents:
                    for t in sent:
                        if t.pos_ == "VERB" and t.lemma_.lower() in ("say", "tell", "add", "state", "claim") \
                                and not any(c.dep_ == "neg" for c in t.children) and t.head.lemma_.lower() not in lex.refusal_heads:
                            got = speakers_of(t, ph, lex, discourse.last_speakers)
                            if got:
                                discourse.last_speakers = got
        relations = list(found)
        relations += self._denies(relations, denials)
        relations += event_reactions(relations, notes)
        relations += cross_sentence_denials(relations, notes, article.id, article.published)
        relations += retaliation_threats(relations, notes, article.id, article.published)
        relations = _dedupe(relations)
        asserted = {(r.source, r.type, r.target) for r in relations if r.status == Status.ASSERTED}
        relations = [r for r in relations if not (r.status == Status.ALLEGED and (r.source, r.type, r.target) in asserted)]
        used: list[str] = []
        for r in relations:
            for a in (r.source, r.target, *r.attributed_to):
                if a not in used:
                    used.append(a)
        actors = [gaz.actor(a) for a in used]
        return Extraction(article, actors, relations, list(unresolved.values()))

    def _relations(self, cand: Candidate, ph: Phrases, discourse: Discourse, article: Article, sentence: str,
                   char_start: int, char_end: int, quote_speakers: list[str] | None, quoted: bool,
                   sentence_found: Sequence[Relation] = (), judging: frozenset[int] = frozenset()
                   ) -> Iterator[tuple[Relation, list[str]]]:
        sources, targets = list(cand.sources), list(cand.targets)
        if not sources and not cand.nominal:
            # "Tehran's foreign minister is due to visit Moscow", "Ankara is ready to send troops": the doer is the
            # subject of the copula the adjective of readiness hangs on
            sources = [a for a in _ready_subject(cand.verb, ph) if a not in targets]
        accused = _accused_of(cand.cue, ph)
        if accused and not cand.nominal:
            # "accused a TPLF faction of colluding with Asmara": the "of" clause hangs on the accused, who does it
            sources = accused
            targets = [t for t in targets if t not in accused]
        if cand.nominal:
            key = cand.cue.lemma_.lower()
            definite = points_back(cand.cue) or bool(sources)
            memory = discourse.events.get(key)
            if memory and definite:
                if not sources and targets and cand.cue.dep_ != "nsubj":
                    sources = [s for s in memory[0] if s not in targets]
                elif sources and not targets and cand.cue.dep_ != "nsubj":
                    targets = [t for t in memory[1] if t not in sources]
            if sources or targets:
                discourse.events[key] = (sources or (memory[0] if memory else []), targets or (memory[1] if memory else []))
        if _stopped_text(cand.cue, self.lex):
            return  # "Russia vetoed a resolution condemning Syria": a text that was stopped says nothing
        if cand.type == RelationType.CONDEMNS and (_answers_charge(cand.cue, sources, sentence_found, self.lex)
                                                   or self._verdict_elsewhere(cand.cue)):
            return
        if cand.type == RelationType.DENIES and sources and not targets:
            # "accusing the kingdom of hostile actions, which Rabat called unjustified": the accuser
            # of the same sentence before anyone accused earlier
            targets = _accusers_here(sentence_found, sources) or _latest_claimants(cand.cue, discourse.relations, sources, self.lex) \
                or discourse.accusers_of(sources)
            if not targets and not _names_claim(cand.cue, self.lex):
                # "Kigali dismissed it as lies": the last speaker's claim; "rejected the report" is left to the
                # discourse pass, which checks that the report was about the denier
                targets = [a for a in discourse.last_speakers if a not in sources]
        if cand.type.symmetric and len(sources) > 1 and not targets:
            # "Kim and Putin signed a treaty": the parties relate to each other
            sources, targets = sources[:1], sources[1:]
        stopped = cand.nominal and not targets and cand.verb is not None and cand.verb.lemma_.lower() in _STOPPERS
        judged = cand.nominal and cand.cue.dep_ == "dobj" and cand.cue.head.i in judging
        # "failed to stop the offensive": who stops an event is not its agent; "Putin regarded the strikes as
        # aggression": who judges a deed is not its agent either. Who did it is remembered below, once the
        # sentence's frame says the deed is told as done
        doers = list(sources) if sources and not stopped and not judged and not self._nobody_did(cand) else []
        if sources and not targets and cand.type in (RelationType.SUPPLIES, RelationType.ATTACKS):
            # "sending drones to Russia ... but denies supplying any since": the recipient carries over
            targets = [t for t in discourse.sentence_targets.get(cand.type, []) if t not in sources]
        if targets:
            discourse.sentence_targets[cand.type] = list(targets)
        if sources and not targets and cand.type in _EVENT_REACTIONS and not cand.nominal:
            # "Iran condemned the attack": the agent of the last attack the article told of
            for obj in (c for c in cand.cue.children if c.dep_ == "dobj"):
                definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "these", "that") for c in obj.children)
                if obj.tag_ == "WDT" and cand.cue.dep_ == "relcl":
                    obj, definite = cand.cue.head, True  # "exercises ..., which Venezuela denounced"
                    if obj.lemma_.lower() not in self.lex.event_nouns and discourse.sentence_sources:
                        # ", which X denounced" hung on a date or place: the deed of the clause before
                        targets = [a for a in discourse.sentence_sources if a not in sources]
                        continue
                rtype = self.lex.event_nouns.get(obj.lemma_.lower())
                if rtype is not None and definite:
                    targets = [a for a in discourse.agents.get(rtype, []) if a not in sources]
        if not sources or not targets:
            if doers:
                frame, mod = self._frame(cand, ph, discourse, sources, targets, quote_speakers, quoted)
                if _told_as_done(cand.type, doers, frame, mod):
                    discourse.agents[cand.type] = doers
            return
        if cand.type not in _EVENT_REACTIONS:
            discourse.sentence_sources = list(dict.fromkeys([*discourse.sentence_sources, *sources]))
        frame, mod = self._frame(cand, ph, discourse, sources, targets, quote_speakers, quoted)
        if doers and _told_as_done(cand.type, doers, frame, mod):
            discourse.agents[cand.type] = doers
        if mod.disclaimed and frame.kind != "deny" and not discourse.accusers_of(sources):
            return  # "had no plans to host a base", said unprompted: an intent disowned, no claim denied
        explicit = frame.speakers if frame.kind == "deny" else []
        rtype = cand.type
        if mod.intent_head is not None and threatened(mod.intent_head, rtype):
            # "China threatened to impose sanctions on Lithuania": the threat is made; the deed is not planned
            rtype = RelationType.THREATENS
        if rtype != RelationType.THREATENS and mod.future and conditional_deed(cand.verb, rtype):
            # "Washington will impose sanctions on Ankara if it buys more S-400s": a hostile step held over the
            # target on a condition is a threat made now, besides the step announced
            for source in sources:
                threat = decide(RelationType.THREATENS, source, frame, mod)
                for target in (targets if threat is not None else []):
                    if target != source:
                        yield Relation(source=source, type=RelationType.THREATENS, target=target, status=threat[0],
                                       attributed_to=threat[1], confidence=0.6, article=article.id, sentence=sentence,
                                       char_start=char_start, char_end=char_end, published=article.published), []
        for source in sources:
            decided = decide(rtype, source, frame, mod)
            if decided is None:
                continue
            for target in targets:
                status, attributed = decided
                if source == target:
                    continue
                if status == Status.CONFIRMED and announced(frame) \
                        and (source in attributed or (rtype.symmetric and target in attributed)) \
                        and not _claimed_before(source, rtype, target, discourse.relations):
                    # "China's foreign ministry confirmed that Beijing and Honiara had signed a pact": a party
                    # announcing its own deed that nobody had claimed or denied tells of it
                    status, attributed = Status.ASSERTED, ()
                if status == Status.PLANNED and rtype == RelationType.SUPPORTS and _continued(cand.verb):
                    # "Japan will continue to stand by Ukraine": a stance held now and kept, not one still to come
                    status, attributed = Status.ASSERTED, ()
                conf = 0.8 - (0.1 if cand.nominal else 0.0) - (0.1 if ph.used_coref else 0.0)
                conf -= 0.1 if status in (Status.ALLEGED, Status.PLANNED) and not attributed else 0.0
                yield Relation(
                    source=source, type=rtype, target=target, status=status, attributed_to=attributed,
                    mode=cand.mode if rtype == cand.type else None, confidence=max(0.05, min(0.99, conf)), article=article.id,
                    sentence=sentence, char_start=char_start, char_end=char_end, published=article.published,
                ), explicit

    def _nobody_did(self, cand: Candidate) -> bool:
        """ "No Indian aircraft or drone crossed the Line of Control": a verbal deed whose subject is negated
        was not done, whatever the frame says of it."""
        if cand.nominal or cand.verb is None:
            return False
        subj = subject_of(cand.verb)
        return subj is not None and (_negated(subj, self.lex) or subj.lower_ in self.lex.negation)

    def _verdict_elsewhere(self, cue: Any) -> bool:
        """ "which he called an appropriate response to the barbaric attack on French troops": the condemning
        words a describing verb carries all qualify another deed named in its predicate, so no verdict on its
        object (nor on that deed's victims) is given."""
        if cue.lemma_.lower() not in self.lex.describe_verbs:
            return False
        obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.tag_ in ("WDT", "WP") and cue.dep_ == "relcl":
            obj = cue.head  # "the strike, which he called ..."
        if obj is None:
            return False
        clause = {t.i for t in cue.subtree}
        named = {o.i for o in obj.subtree} - clause  # ", which he called ...": the clause hangs on the object
        verdicts = [t for t in cue.subtree if t.i > cue.i and t.i not in named
                    and (t.lower_ in self.lex.condemning or t.lemma_.lower() in self.lex.condemning)]
        if not verdicts:
            return False

        def inside_deed(tok: Any) -> bool:
            for anc in (tok, *tok.ancestors):
                if anc.i == cue.i:
                    return False
                if anc.i != tok.i and anc.i != obj.i and anc.pos_ == "NOUN" and anc.lemma_.lower() in self.lex.event_nouns \
                        and anc.dep_ == "pobj" and anc.head.lower_ != "as":
                    return True  # "a response to the barbaric attack"; not the predicate "as an illegal attack"
            return False

        return all(inside_deed(t) for t in verdicts)

    def _frame(self, cand: Candidate, ph: Phrases, discourse: Discourse, sources: list[str], targets: list[str],
               quote_speakers: list[str] | None, quoted: bool) -> tuple[Frame, Modality]:
        """How the sentence holds a candidate's deed (said, denied, planned, ...) and its modality."""
        ph.used_coref = False
        frame = frame_of(cand.verb, ph, self.lex, discourse.last_speakers, quote_speakers, quoted)
        if frame.kind == "report" and frame.verb is not None and frame.verb.lemma_.lower() in _BLAMING \
                and cand.nominal and cand.verb is not None and cand.verb.lemma_.lower() in _STOPPERS:
            # "blamed Russia for failing to stop Azerbaijan's offensive": the blame is for the failure;
            # the offensive itself is taken as having happened
            frame = Frame("assert", [], None, frame.path)
        if frame.kind == "report" and cand.nominal and frame.verb is not None and frame.verb.pos_ in ("VERB", "AUX") \
                and circumstantial(cand.cue, frame.verb) \
                and any(c.dep_ in ("poss", "det") and (c.dep_ == "poss" or c.lower_ == "the") for c in cand.cue.children):
            # "insisted the shipments were made months before Moscow's invasion of Ukraine": a known
            # deed named only to date or place what is claimed is the article's background, not the claim
            frame = Frame("assert", [], None, frame.path)
        if frame.kind == "report" and cand.nominal and breached(cand.cue):
            # "said the ship was carrying oil to Syria in breach of EU sanctions on Damascus": the rule said to be
            # broken is in force; the claim is the breach, not the sanctions
            frame = Frame("assert", [], None, frame.path)
        if frame.kind == "report" and not frame.speakers and cand.type.symmetric and _joint_speakers(frame.verb):
            # "India and France agreed to deepen ties, the two leaders said": the parties tell of their own deed
            frame = replace(frame, speakers=list(dict.fromkeys([*sources, *targets])))
        if frame.kind == "report" and not frame.speakers and frame.organ:
            # "Indian troops came under fire from Pakistani posts, the army said": an unnamed office is that of the
            # state its report is about (the reported clause's subject), which may not be the doer
            owners = _reported_subject_actors(cand.cue, frame.verb, ph)
            if owners:
                frame = replace(frame, speakers=owners)
        if frame.kind == "report" and not frame.speakers and cand.pronoun_subject and len(sources) == 1:
            frame.speakers = list(sources)  # "the ministry said it had lodged a protest"
        if frame.kind == "deny" and cand.type in _SPEECH_ACTS and frame.verb is not None \
                and _misparsed_charge(frame.verb, self.lex) is not None:
            # "accused Tehran of meddling, a charge Iranian officials have always rejected" parsed with the denial as
            # the main verb: the charge is denied, the accusing is told as fact
            frame = Frame("assert", [], None, frame.path)
        mod = modality(frame, self.lex)
        if mod.negated and cand.nominal and cand.verb is not None and circumstantial(cand.cue, cand.verb):
            mod = replace(mod, negated=False)  # "not fulfilled its obligations during the incursions"
        if mod.future and frame.kind == "assert" and not frame.speakers and mod.intent_head is not None \
                and mod.intent_head.pos_ in ("VERB", "AUX"):
            # "European powers move to restore UN sanctions": the plan is the mover's, whoever the doer is
            movers = speakers_of(mod.intent_head, ph, self.lex, discourse.last_speakers) \
                or [a for c in mod.intent_head.children if c.dep_ == "nsubjpass" for a in ph.actors(c)]
            # "India is poised to buy jets from France": the planner of a passive head is its subject
            if movers:
                frame = replace(frame, speakers=movers)
        return frame, mod

    def _blames(self, sent: Any, ph: Phrases, discourse: Discourse, sent_found: Sequence[Relation], article: Article,
                sentence: str, char_start: int, char_end: int) -> list[Relation]:
        """ "France holds Moscow responsible", "Germany said Syria bore sole responsibility": an accusation."""
        have = {(r.source, r.target) for r in sent_found if r.type in (RelationType.ACCUSES, RelationType.CONDEMNS)}
        out: list[Relation] = []
        for blame in blames(sent, ph):
            sources = list(blame.sources) or speakers_of(blame.report, ph, self.lex, discourse.last_speakers)
            for source in sources:
                for target in blame.targets:
                    if source != target and (source, target) not in have:
                        have.add((source, target))
                        out.append(Relation(source=source, type=RelationType.ACCUSES, target=target, confidence=0.6,
                                            article=article.id, sentence=sentence, char_start=char_start,
                                            char_end=char_end, published=article.published))
        return out

    def _ultimatums(self, sent: Any, ph: Phrases, sent_found: Sequence[Relation], article: Article, sentence: str,
                    char_start: int, char_end: int) -> list[Relation]:
        """ "They would recognise Guaido unless Maduro called an election": a demand on Maduro's state."""
        have = {(r.source, r.type, r.target) for r in sent_found}
        out: list[Relation] = []
        for u in ultimatums(sent, ph):
            for source in u.sources:
                for target in u.targets:
                    if (source, u.type, target) not in have:
                        have.add((source, u.type, target))
                        out.append(Relation(source=source, type=u.type, target=target, confidence=0.6, article=article.id,
                                            sentence=sentence, char_start=char_start, char_end=char_end,
                                            published=article.published))
        return out

    def _copular_condemnations(self, sent: Any, ph: Phrases, discourse: Discourse, article: Article, sentence: str,
                               char_start: int, char_end: int) -> list[Relation]:
        """ "Peskov said the new sanctions were illegal": the speaker condemns whoever imposed them."""
        out: list[Relation] = []
        lex = self.lex
        for verb in sent:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.reporting or _negated(verb, lex):
                continue  # "never said the sanctions were illegal": no verdict was given
            for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() == "be"):
                verdicts = [c for c in clause.children if c.dep_ in ("acomp", "attr") and c.lower_ in lex.condemning]
                if not verdicts or _negated(clause, lex) or any(_negated(v, lex) for v in verdicts):
                    continue  # "said the election was not a violation", "was no breach": the verdict is withheld
                subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
                if subj is None:
                    continue
                rtype = lex.event_nouns.get(subj.lemma_.lower())
                targets = ph.actors(subj) or (discourse.agents.get(rtype, []) if rtype is not None else [])
                speakers = speakers_of(verb, ph, lex, discourse.last_speakers)
                for source in speakers:
                    for target in targets:
                        if source != target:
                            out.append(Relation(source=source, type=RelationType.CONDEMNS, target=target,
                                                confidence=0.6, article=article.id, sentence=sentence,
                                                char_start=char_start, char_end=char_end, published=article.published))
        return out

    def _rejected_charges(self, sent: Any, ph: Phrases, discourse: Discourse, sent_found: list[Relation],
                          article: Article, sentence: str, char_start: int, char_end: int) -> list[Relation]:
        """ "X said Moscow was funding the party, a charge the Kremlin rejected": the denier answers
        whoever made the claim, even when the claimed deed itself was not read."""
        out: list[Relation] = []
        lex = self.lex
        for tok in sent:
            misparsed = _misparsed_charge(tok, lex)
            if misparsed is None and (tok.dep_ != "relcl" or tok.lemma_.lower() not in lex.denial
                                      or tok.head.lemma_.lower() not in lex.claim_nouns):
                continue
            if any(c.dep_ == "neg" for c in tok.children):
                continue
            subj = subject_of(tok)
            deniers = ph.actors(subj) if subj is not None else []
            if misparsed is not None:
                # the charge's own clause hangs on the denial verb: its blaming or reporting verb comes first
                told = [c for c in tok.children if c.i < misparsed.i and c.pos_ == "VERB" and (
                    c.lemma_.lower() in lex.reporting or c.lemma_.lower() in _BLAMING)]
                claimants = speakers_of(told[0], ph, lex, discourse.last_speakers) if told else []
                out += [Relation(source=denier, type=RelationType.DENIES, target=claimant, status=Status.ASSERTED,
                                 confidence=0.6, article=article.id, sentence=sentence, char_start=char_start,
                                 char_end=char_end, published=article.published)
                        for denier in deniers for claimant in claimants if claimant not in deniers
                        and not any(r.type == RelationType.DENIES and r.source == denier for r in sent_found)]
                continue
            claim = tok.head
            verb = claim.head
            while verb.head.i != verb.i and not (verb.pos_ == "VERB" and (verb.lemma_.lower() in lex.reporting
                                                                           or verb.lemma_.lower() in _BLAMING)):
                verb = verb.head
            if verb.pos_ != "VERB" or verb.i > claim.i or not (verb.lemma_.lower() in lex.reporting or verb.lemma_.lower() in _BLAMING):
                continue
            claimants = speakers_of(verb, ph, lex, discourse.last_speakers)
            for denier in deniers:
                if any(r.type == RelationType.DENIES and r.source == denier for r in sent_found):
                    continue
                for claimant in claimants:
                    if claimant in deniers:
                        continue
                    out.append(Relation(source=denier, type=RelationType.DENIES, target=claimant, status=Status.ASSERTED,
                                        confidence=0.6, article=article.id, sentence=sentence, char_start=char_start,
                                        char_end=char_end, published=article.published))
        return out

    def _named_accusers(self, sent: Any, ph: Phrases, sent_found: list[Relation], article: Article,
                        sentence: str, char_start: int, char_end: int) -> list[Relation]:
        """ "Iran denies seeking nuclear arms, an accusation levelled by Israel": the trailing claim
        noun names the accuser; the accuser ACCUSES the denier, who DENIES it."""
        out: list[Relation] = []
        have = {(r.source, r.type, r.target) for r in sent_found}
        for noun in sent:
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _ACCUSATION_NOUNS or noun.i == 0 \
                    or noun.doc[noun.left_edge.i - 1].text != ",":
                continue
            verbs = [noun.head] if noun.dep_ in ("nsubj", "nsubjpass") else []
            verbs += [c for c in noun.children if c.dep_ in ("acl", "relcl")]
            accusers = [a for v in verbs for c in v.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
                        for o in c.children if o.dep_ == "pobj" for a in ph.actors(o)]
            if not accusers:
                continue
            denial = next((t for t in sent if t.i < noun.i and t.pos_ == "VERB" and t.lemma_.lower() in self.lex.denial
                           and not any(c.dep_ == "neg" for c in t.children)), None)
            subj = subject_of(denial) if denial is not None else None
            deniers = [a for a in (ph.actors(subj) if subj is not None else []) if a not in accusers]
            for accuser in dict.fromkeys(accusers):
                for denier in deniers:
                    for src, rtype, dst in ((accuser, RelationType.ACCUSES, denier), (denier, RelationType.DENIES, accuser)):
                        if (src, rtype, dst) not in have:
                            have.add((src, rtype, dst))
                            out.append(Relation(source=src, type=rtype, target=dst, status=Status.ASSERTED,
                                                confidence=0.6, article=article.id, sentence=sentence,
                                                char_start=char_start, char_end=char_end, published=article.published))
        return out

    def _participation_claims(self, sent: Any, ph: Phrases, discourse: Discourse, sent_found: list[Relation],
                              article: Article, sentence: str, char_start: int, char_end: int) -> list[Relation]:
        """ "Israel struck Hodeidah. The Houthis accused the US and Britain of taking part": the accused are
        claimed to have done the deed just told (or the one the sentence names: "involvement in the attack"),
        to its target, alleged by the accuser."""
        out: list[Relation] = []
        words = participation_words()
        for verb in sent:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in words["accusing"] or any(c.dep_ == "neg" for c in verb.children):
                continue
            for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "for")):
                obj = next((o for o in prep.children if o.dep_ in ("pcomp", "pobj")), None)
                if obj is None or not _participation(obj, words["participation"]):
                    continue
                named = [self.lex.event_nouns[o.lemma_.lower()] for p in obj.children if p.dep_ == "prep" and p.lower_ == "in"
                         for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in self.lex.event_nouns]
                types = set(named) if named else set(words["deeds"])
                accused = [a for c in verb.children if c.dep_ == "dobj" for t in (c, *c.conjuncts) for a in ph.actors(t)]
                subj = subject_of(verb)
                accusers = ph.actors(subj) if subj is not None else []
                deed = next((r for r in reversed([*discourse.relations, *sent_found]) if r.type in types
                             and r.status in (Status.ASSERTED, Status.CONFIRMED) and r.source not in accused), None)
                if deed is None or not accusers:
                    continue
                for source in dict.fromkeys(accused):
                    if source in (deed.target, *accusers) or any(
                            (r.source, r.type, r.target) == (source, deed.type, deed.target) for r in sent_found):
                        continue
                    out.append(Relation(source=source, type=deed.type, target=deed.target, status=Status.ALLEGED,
                                        attributed_to=tuple(accusers), mode=deed.mode, confidence=0.6, article=article.id,
                                        sentence=sentence, char_start=char_start, char_end=char_end,
                                        published=article.published))
        return out

    def _blamed_deeds(self, sent: Any, ph: Phrases, sent_found: list[Relation], article: Article, sentence: str,
                      char_start: int, char_end: int) -> list[Relation]:
        """ "a suicide bombing in Pulwama, an attack New Delhi blamed on Jaish-e-Mohammed", "Kenya blamed the
        attack on al-Shabaab": the blamed actor is claimed to have done the deed to the blamer (the victim who
        speaks), unless the sentence names another target of such a deed; alleged by the blamer."""
        out: list[Relation] = []
        for verb in sent:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in participation_words()["accusing"] \
                    or any(c.dep_ == "neg" for c in verb.children):
                continue
            blasts = blamed_blasts()

            def deed_noun(tok: Any) -> bool:
                return tok.lemma_.lower() in self.lex.event_nouns or tok.lemma_.lower() in blasts

            deed = next((c for c in verb.children if c.dep_ == "dobj" and deed_noun(c)), None)
            if deed is None and verb.dep_ in ("relcl", "acl"):
                deed = verb.head if deed_noun(verb.head) else \
                    (verb.head.head if verb.head.dep_ == "appos" and deed_noun(verb.head.head) else None)
            if deed is None and verb.dep_ == "relcl" and any(c.tag_ == "WDT" for c in verb.children):
                # "an explosion that damaged the bridge linking Russia to Crimea, which he blamed on Kyiv": "which"
                # hung on the last noun still points back at the blast the clause is about
                deed = next((a for a in verb.head.ancestors if a.pos_ == "NOUN" and a.lemma_.lower() in blasts), None)
            if deed is None:
                continue
            rtype = self.lex.event_nouns.get(deed.lemma_.lower(), RelationType.ATTACKS)
            if rtype != RelationType.ATTACKS:
                continue
            holders = [verb, deed] if deed.head.i == verb.i else [verb]  # "blamed the attack on X": "on" may hang on either
            doers = [a for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "on" for o in p.children
                     if o.dep_ == "pobj" and not any(c.dep_ == "poss" for c in o.children)
                     for t in (o, *o.conjuncts) for a in ph.actors(t)]
            subj = subject_of(verb)
            if subj is None and verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
                subj = verb.head  # "an attack the junta blamed on Wagner" parsed with the junta as its head
            blamers = ph.actors(subj) if subj is not None else []
            if not doers or not blamers or any(r.type == rtype and r.target not in blamers for r in sent_found):
                continue
            for doer in dict.fromkeys(doers):
                for victim in blamers:
                    if doer == victim or any((r.source, r.type, r.target) == (doer, rtype, victim) for r in sent_found):
                        continue
                    out.append(Relation(source=doer, type=rtype, target=victim, status=Status.ALLEGED,
                                        attributed_to=tuple(blamers), confidence=0.6, article=article.id,
                                        sentence=sentence, char_start=char_start, char_end=char_end,
                                        published=article.published))
        return out

    def _expected_visits(self, sent: Any, ph: Phrases, discourse: Discourse, sent_found: list[Relation], article: Article,
                         sentence: str, char_start: int, char_end: int) -> list[Relation]:
        """ "The French president was expected in Beirut on Thursday", "Iran's foreign minister is due in Moscow": a
        visitor announced for a foreign capital plans to meet it (MEETS, planned by the visitor's side)."""
        out: list[Relation] = []
        for word in sent:
            if word.lemma_.lower() not in expected_arrivals() or _negated(word, self.lex):
                continue
            copula = word.head if word.dep_ == "acomp" else word
            if word.dep_ == "acomp" and _negated(copula, self.lex):
                continue
            if word.dep_ != "acomp" and not any(c.dep_ == "auxpass" for c in word.children):
                continue  # "Moscow expected Iran's minister": only the passive or adjective announces a visit
            subj = next((c for c in copula.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            places = [o for holder in (word, copula) for p in holder.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
                      for o in p.children if o.dep_ == "pobj"]
            visitors = ph.actors(subj) if subj is not None else []
            hosts = [a for o in places for a in ph.actors(o)]
            frame = frame_of(word, ph, self.lex, discourse.last_speakers, None, False)
            told = tuple(frame.speakers) if frame.kind == "report" and frame.speakers else ()
            for source in visitors:
                for target in dict.fromkeys(hosts):
                    if source == target or any((r.source, r.type, r.target) == (source, RelationType.MEETS, target)
                                               for r in sent_found):
                        continue
                    out.append(Relation(source=source, type=RelationType.MEETS, target=target, status=Status.PLANNED,
                                        attributed_to=told or (source,), confidence=0.6, article=article.id, sentence=sentence,
                                        char_start=char_start, char_end=char_end, published=article.published))
        return out

    def _event_denials(self, sent: Any, ph: Phrases, discourse: Discourse, sent_found: list[Relation],
                       sentence: str, char_start: int, char_end: int) -> list[Relation]:
        """Denials of a claim made elsewhere: "a charge Iran denies", "Serbia denied any build-up"."""
        out: list[Relation] = []
        lex = self.lex
        for tok in sent:
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in lex.denial:
                continue
            if any(c.dep_ in ("ccomp", "xcomp") for c in tok.children):
                continue  # the frame of the clause below already says "denied"
            if any(c.dep_ == "neg" for c in tok.children):
                continue
            subj = subject_of(tok)
            deniers = ph.actors(subj) if subj is not None else []
            if not deniers:
                continue
            objs = [c for c in tok.children if c.dep_ == "dobj"]
            relative = tok.dep_ in ("relcl", "acl") or any(o.tag_ in ("WDT", "WP") for o in objs)
            pool: list[Relation] = []
            if relative:
                # "said Beijing is weighing whether to send arms, a claim Chinese diplomats rejected": a plan
                # another actor ascribes to the denier is a claim like a deed alleged; the means of a charge
                # ("of stoking tensions by arming Taiwan, which Washington rejects") is not what is rejected
                means = charge_means(sent, ph, lex)
                pool = [r for r in sent_found if r.source in deniers and (r.status == Status.ALLEGED or (
                    r.status == Status.PLANNED and r.attributed_to and r.source not in r.attributed_to))
                    and not (r.status == Status.ALLEGED and (r.type, r.target) in means)]
            for o in objs:
                lemma = o.lemma_.lower()
                if lemma not in lex.event_nouns:
                    # "any build-up": a hyphenated noun split into compound and head
                    joined = "".join(t.lower_ for t in o.subtree if t.i <= o.i and (t.dep_ == "compound" or t.text == "-" or t.i == o.i))
                    lemma = joined if joined in lex.event_nouns else lemma
                if lemma in lex.event_nouns:
                    rtype = lex.event_nouns[lemma]
                    pool += [next((r for r in reversed(discourse.relations + sent_found)
                                   if r.type == rtype and r.source in deniers and r.status in (Status.ALLEGED, Status.ASSERTED)), None)]
                elif lemma in lex.claim_nouns and not ph.actors(o):
                    # "Cambodia rejected that claim": a claim about the denier's own deed, or one it shares as
                    # recipient or partner; being the target of an attack is not something it denies
                    recent = [r for r in reversed(discourse.relations)
                              if r.status == Status.ALLEGED and (r.source in deniers
                                                                 or (r.target in deniers and r.type in shared_types()))]
                    if recent:
                        pool += [r for r in recent if r.sentence == recent[0].sentence]
            for rel in pool:
                if rel is None or rel.type in _SPEECH_ACTS:
                    continue  # "denied the accusation": the accusing happened; its content is denied
                denied = Relation(source=rel.source, type=rel.type, target=rel.target, status=Status.DENIED,
                                  attributed_to=tuple(deniers), mode=rel.mode, confidence=0.6, article=rel.article,
                                  sentence=sentence, char_start=char_start, char_end=char_end, published=rel.published)
                out.append(denied)
        return out

    def _denies(self, relations: list[Relation], denials: list[tuple[Relation, list[str]]]) -> list[Relation]:
        """A DENIES from each denier to each actor who made the denied claim in this article."""
        out: list[Relation] = []
        for rel, _ in denials:
            accusers: list[str] = []
            for other in relations:
                if other.status == Status.ALLEGED and (other.source, other.type, other.target) == (rel.source, rel.type, rel.target):
                    accusers += [a for a in other.attributed_to if a not in accusers]
            if not accusers and rel.source in rel.attributed_to:
                accusers = _last_accusers(relations, rel)
            for denier in rel.attributed_to:
                for accuser in accusers:
                    if accuser == denier or accuser in rel.attributed_to:
                        continue
                    out.append(Relation(
                        source=denier, type=RelationType.DENIES, target=accuser, status=Status.ASSERTED,
                        confidence=0.6, article=rel.article, sentence=rel.sentence,
                        char_start=rel.char_start, char_end=rel.char_end, published=rel.published,
                    ))
        return out


def _answers_charge(cue: Any, sources: Sequence[str], found: Sequence[Relation], lex: Lexicon) -> bool:
    """ "accused NATO countries of becoming parties to the war by arming Ukraine, which the alliance rejects": a
    rejecting verb whose relative pronoun the parser hangs on the last noun answers the charge the sentence
    makes against the rejecters, not that noun."""
    if cue.dep_ != "relcl" or cue.lemma_.lower() not in lex.denial \
            or not any(c.dep_ in ("dobj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in cue.children):
        return False
    return any((r.type == RelationType.ACCUSES and r.target in sources) or (r.status == Status.ALLEGED and r.source in sources)
               for r in found)


def _told_as_done(rtype: RelationType, doers: Sequence[str], frame: Frame, mod: Modality) -> bool:
    """Whether the sentence tells the doers' deed as done or decided by them, so that a later "the strike" or
    "the decision" may point back at it: not a deed a third party only claims ("Moscow said a Syrian air
    strike hit a depot"), one denied ("has never used chemical weapons"), or one merely supposed. (A deed
    known only from a report is left to ``discourse.event_reactions``, which weighs it by distance.)"""
    for doer in doers:
        decided = decide(rtype, doer, frame, mod)
        if decided is None:
            continue
        status, attributed = decided
        if status in (Status.ASSERTED, Status.CONFIRMED) or (status == Status.PLANNED and set(attributed) <= set(doers)):
            return True
    return False


def _stopped_text(cue: Any, lex: Lexicon) -> bool:
    """Whether the cue is said by a text someone stopped: "vetoed a resolution condemning Syria", "a statement
    criticising China was blocked by Hungary", "failed to adopt a motion urging Iran"."""
    tok = cue
    for _ in range(5):
        if tok.dep_ in ("acl", "relcl") and tok.head.lemma_.lower() in lex.stopped_texts:
            text = tok.head
            gov = text.head
            if text.dep_ not in ("dobj", "nsubjpass") or gov.pos_ not in ("VERB", "AUX"):
                return False
            if gov.lemma_.lower() in lex.blocking_verbs:
                return True
            return gov.dep_ == "xcomp" and gov.head.lemma_.lower() == "fail"
        if tok.head is tok:
            return False
        tok = tok.head
    return False


def _negated(tok: Any, lex: Lexicon) -> bool:
    """Whether ``tok`` carries its own negation ("was not", "no violation", "never said")."""
    return any(c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and c.lower_ in lex.negation) for c in tok.children)


def _last_accusers(relations: Sequence[Relation], denied: Relation) -> list[str]:
    """ "Eritrea accused Ethiopia of preparing war. Ethiopia said it had no intention of invading":
    who made the latest accusation, before the denial, against the actor denying its own deed."""
    before = [r for r in relations if r.type == RelationType.ACCUSES and r.target == denied.source
              and r.status == Status.ASSERTED and r.char_start is not None and denied.char_start is not None
              and r.char_start < denied.char_start]
    if not before:
        return []
    last = max(r.char_start for r in before)
    return list(dict.fromkeys(r.source for r in before if r.char_start == last))


def _reported_subject_actors(cue: Any, verb: Any, ph: Phrases) -> list[str]:
    """The actors of the subject of the clause ``cue`` stands in, below the reporting ``verb``."""
    tok = cue
    while True:
        if verb is not None and tok.i == verb.i:
            return []
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and tok.pos_ in ("VERB", "AUX"):
            return ph.actors(subj)
        if tok.head.i == tok.i:
            return []
        tok = tok.head


def _edge(source: str, rtype: RelationType, target: str) -> tuple[Any, ...]:
    ends = tuple(sorted((source, target))) if rtype.symmetric else (source, target)
    return (rtype, *ends)


def _continued(verb: Any) -> bool:
    """Whether the cue verb is the infinitive of "continue" ("will continue to stand by"): the stance goes on."""
    return verb is not None and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in continuing_verbs()


def _claimed_before(source: str, rtype: RelationType, target: str, told: Sequence[Relation]) -> bool:
    """Whether an earlier sentence alleged or denied this edge, so that a confirmation answers a claim."""
    edge = _edge(source, rtype, target)
    return any(r.status in (Status.ALLEGED, Status.DENIED) and _edge(r.source, r.type, r.target) == edge for r in told)


def _ready_subject(verb: Any, ph: Phrases) -> list[str]:
    """The actors of the subject of "is due / ready / set to <verb>": an infinitive on an adjective of readiness
    (status.yaml intent_adjectives) whose copula names the doer."""
    if verb is None or verb.dep_ != "xcomp" or verb.head.pos_ != "ADJ" or verb.head.dep_ != "acomp" \
            or verb.head.lemma_.lower() not in intent_adjectives():
        return []
    subj = next((c for c in verb.head.head.children if c.dep_ == "nsubj"), None)
    return ph.actors(subj) if subj is not None else []


def _accused_of(cue: Any, ph: Phrases) -> list[str]:
    """The actors of the object noun an "of"-gerund hangs on under an accusing verb ("accused a TPLF faction of
    colluding"), or [] when the parse attaches it elsewhere."""
    prep = cue.head
    if cue.dep_ != "pcomp" or prep.lower_ != "of" or prep.dep_ != "prep":
        return []
    noun, verb = prep.head, prep.head.head
    if noun.dep_ != "dobj" or noun.pos_ not in ("NOUN", "PROPN") or verb.lemma_.lower() not in participation_words()["accusing"]:
        return []
    return [a for t in (noun, *noun.conjuncts) for a in ph.actors(t)]


def _joint_speakers(verb: Any) -> bool:
    """Whether a reporting verb's subject is "the two leaders", "both sides": the parties speaking together."""
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    marks = participation_words()["joint"]
    return any(c.dep_ == "nsubj" and (c.lower_ in marks or any(m.lower_ in marks and m.dep_ in ("nummod", "det", "predet")
                                                               for m in c.children))
               for c in verb.children)


def _misparsed_charge(verb: Any, lex: Lexicon) -> Any:
    """ "accused Tehran of meddling, a charge Iranian officials have always rejected": the parser may make the
    denial the sentence's main verb, with the charge noun a modifier of its subject. Returns that claim noun, or
    None when the denial is parsed as what it is."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.denial or verb.dep_ != "ROOT":
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    claim = next((c for c in subj.children if c.dep_ in ("nmod", "compound", "amod") and c.i < subj.i
                  and c.lemma_.lower() in _ACCUSATION_NOUNS), None) if subj is not None else None
    if claim is None or claim.i < 2 or claim.doc[claim.i - 1].lower_ not in ("a", "an") or claim.doc[claim.i - 2].text != ",":
        return None
    return claim


def _participation(obj: Any, words: frozenset[str]) -> bool:
    """ "of taking part", "of participating", "of involvement": a share in a deed named elsewhere."""
    lemma = obj.lemma_.lower()
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lemma_.lower() == "part" for c in obj.children)
    return lemma in words


def _names_claim(cue: Any, lex: Lexicon) -> bool:
    """Whether the denial's object is a definite claim noun ("the report", "these allegations")."""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in lex.claim_nouns
               and any(d.dep_ == "det" and d.lower_ in ("the", "this", "that", "these", "those") for d in c.children)
               for c in cue.children)


def _latest_claimants(cue: Any, told: Sequence[Relation], accused: list[str], lex: Lexicon) -> list[str]:
    """ "Kampala rejected the report": a definite claim noun points at the latest claim against the
    denier, so only whoever made that claim is answered, not everyone who accused it before."""
    if not _names_claim(cue, lex):
        return []
    for rel in reversed(told):
        if rel.type == RelationType.ACCUSES and rel.target in accused:
            got = [rel.source]
        elif rel.status == Status.ALLEGED and rel.source in accused:
            got = list(rel.attributed_to)
        else:
            continue
        got = [a for a in got if a not in accused]
        if got:
            return got
    return []


def _accusers_here(found: Sequence[Relation], accused: list[str]) -> list[str]:
    """Who accuses these actors in the relations of the current sentence so far."""
    out: list[str] = []
    for rel in found:
        if rel.type == RelationType.ACCUSES and rel.target in accused:
            got = [rel.source]
        elif rel.status == Status.ALLEGED and rel.source in accused:
            got = list(rel.attributed_to)
        else:
            continue
        out += [a for a in got if a not in out and a not in accused]
    return out


_VOICED = {RelationType.ACCUSES, RelationType.CONDEMNS, RelationType.REQUESTS, RelationType.THREATENS, RelationType.DENIES}


def _reporter_speaks(cand: Candidate, ph: Phrases, lex: Lexicon) -> Candidate:
    """ "Kigali says the Congolese army is fighting alongside the FDLR and accuses the Congolese government of
    ...": the parser hangs the second verb on the reported clause, so it inherits that clause's subject and the
    speech act would be aimed at its own speaker. A speech act of a subjectless conjunct of a reported clause
    that would target its own source is the reporter's."""
    verb = cand.cue
    if cand.type not in _VOICED or cand.nominal or not set(cand.sources) & set(cand.targets) \
            or verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return cand
    clause = verb.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    report = clause.head
    if clause.dep_ not in ("ccomp", "parataxis") or report.pos_ != "VERB" or report.lemma_.lower() not in lex.reporting:
        return cand
    named = {ph.actor_at[t.i] for c in verb.children if c.dep_ in ("dobj", "dative", "prep") for t in c.subtree
             if t.i in ph.actor_at and t.pos_ != "PRON"}
    if not set(cand.targets) <= named:
        return cand  # the target too may come from the borrowed subject ("vowed to continue its struggle")
    teller = subject_of(report)
    speakers = ph.actors(teller) if teller is not None else []
    if not speakers or set(speakers) & set(cand.targets):
        return cand
    return replace(cand, sources=speakers)


def _one_reading(cands: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """Drop a support noun that is the very thing a supply verb hands over, and a denial that is a verdict.

    "provided logistical support to the rebels" is one deed read twice (SUPPLIES by the verb,
    SUPPORTS by its object); the transfer says it, the backing would count it again. "called the US
    measures unjustified" brands a deed (CONDEMNS), it answers no claim: a DENIES read from the same verb
    goes, unless what is branded is a claim ("called the US accusations unjustified").
    """
    supply_cues = {c.cue.i for c in cands if c.type == RelationType.SUPPLIES}
    verdicts = {(c.cue.i, s, t) for c in cands if c.type == RelationType.CONDEMNS and not c.nominal
                for s in c.sources for t in c.targets}

    def verdict_not_denial(c: Candidate) -> bool:
        if c.type != RelationType.DENIES or c.nominal or not all(
                (c.cue.i, s, t) in verdicts for s in c.sources for t in c.targets) or not c.targets:
            return False
        judged = [o for o in c.cue.children if o.dep_ in ("dobj", "nsubjpass")]
        return bool(judged) and not any(o.lemma_.lower() in lex.claim_nouns or o.lower_ in lex.claim_nouns for o in judged)

    return [c for c in cands if not (c.type == RelationType.SUPPORTS and c.cue.pos_ == "NOUN"
                                     and c.cue.dep_ == "dobj" and c.cue.head.i in supply_cues)
            and not verdict_not_denial(c)]


def _dedupe(relations: list[Relation]) -> list[Relation]:
    """One relation per (source, type, target, status, sentence); highest confidence wins."""
    best: dict[tuple, Relation] = {}
    for r in relations:
        key = (r.source, r.type, r.target, r.status, r.sentence, r.char_start)
        old = best.get(key)
        if old is None:
            best[key] = r
        else:
            attributed = tuple(dict.fromkeys(old.attributed_to + r.attributed_to))
            keep = r if r.confidence > old.confidence else old
            best[key] = Relation(**{**_fields(keep), "attributed_to": attributed})
    return list(best.values())


def _fields(r: Relation) -> dict[str, Any]:
    return {name: getattr(r, name) for name in Relation.__slots__ if not name.startswith("_")}
