"""stategraph: news articles about international relations in, a graph of actors and evidenced relations out."""

__version__ = "0.1.0"
