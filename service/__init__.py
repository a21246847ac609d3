"""War-events service: articles in, strike / diplomacy / territory events out."""

__version__ = "0.1.0"
