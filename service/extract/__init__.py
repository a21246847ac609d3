"""Event extractors: each module has ``extract(doc, resources) -> list[Draft]``."""
