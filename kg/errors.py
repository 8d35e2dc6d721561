"""The exceptions kg raises. The command line turns each into one ``Error: ...`` line.

::

    KgError
     +-- InputError          an article cannot be read (names the file and the reason)
     +-- PipelineError       a spaCy pipeline is not installed or cannot load
     +-- VocabularyError     a name that the ontology does not define
     +-- GoldFormatError     kg eval: a gold file that does not follow tests/gold/GUIDELINES.md, or a graph it cannot read
     +-- StoreError          the store cannot be opened, reached or queried; a refused query
"""


class KgError(Exception):
    """Base class of every error kg raises on purpose."""


class InputError(KgError):
    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class PipelineError(KgError):
    pass


class VocabularyError(KgError):
    pass


class GoldFormatError(KgError):
    pass


class StoreError(KgError):
    pass
