"""Rules of the English extractor that need no model."""


def test_an_actor_being_read_reads_as_none_to_the_rules_it_calls_back(monkeypatch):
    # a rule that reads other actors of the sentence may come back to the one being read (a national office's country
    # read from what its holder says, whose subject is read again): the inner read finds none instead of looping
    import spacy

    from kg.extract.en import actors
    from kg.types import Mention

    doc = spacy.blank("en")("Sweden warned Russia.")
    sweden = Mention(text="Sweden", start=0, end=6, kind="country")
    calls = []

    def reading(tok):
        calls.append(tok.i)
        return [sweden] + actors.read_actor(tok)  # (asks again for the token being read)

    monkeypatch.setattr(actors, "_read_actor", reading)
    assert actors.read_actor(doc[0]) == [sweden]
    assert calls == [0]
