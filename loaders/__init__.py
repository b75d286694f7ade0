"""Loaders: news articles in, actors and typed relations out.

``read_paths`` turns files and directories into ``Article`` records (with ``Skipped`` and
``Notice`` for what went wrong); ``loaders.evaluate`` scores extraction against gold files.
"""

from loaders.evaluate import evaluate_dir, load_gold, score
from loaders.readers import Notice, Skipped, read_path, read_paths

__all__ = ["Notice", "Skipped", "evaluate_dir", "load_gold", "read_path", "read_paths", "score"]
