"""Declared output datasets, in publishing order."""

from schemas import boilerplate, claims, documents, rejects, sections

DATASETS = {m.NAME: m for m in (documents, sections, claims, boilerplate, rejects)}
