"""The units of a Japanese noun phrase: what each word is (role, honorific, body, country head, prefix), after
undoing what the tokenizer fused or split.

A title or body fused with a place is cut apart (米国大統領 -> 米国 + 大統領, 露外務省 -> 露 + 外務省), so is a
name fused with its title or honorific (トランプ大統領, 頼氏); a title the tokenizer split at its end is joined
again (国務 + 省 -> 国務省, 観光 + 相), but never across a name split into characters (王 / 文 / 濤 商務相).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kg.extract.ja.names import all_katakana, is_name_token
from kg.lang import ja as lex
from kg.types import Mention
from kg.vocab import gazetteer, people


def unit_of(tok) -> str:
    lemma = tok.lemma_
    if lemma in lex.HONORIFICS:
        return "honorific"
    if lemma in lex.ROLE_NOUNS or tok.text in lex.ROLE_NOUNS or _role_word(tok.text):
        return "role"
    if lemma in lex.BODY_NOUNS or tok.text in lex.BODY_NOUNS or tok.text in lex.BODY_SUFFIXES:
        return "body"
    if tok.pos_ in ("NOUN", "PROPN") and len(tok.text) > 2 and tok.text.endswith(lex.BODY_ENDINGS) \
            and gazetteer().lookup(tok.text) is None:  # (欧州委員会 is an organisation of its own)
        return "body"  # (ウクライナ / 保安庁: a body name the tagger kept whole)
    if lemma in lex.COUNTRY_HEADS:
        return "countryhead"
    if tok.text in lex.PHRASE_DETERMINERS or tok.text.isdigit() or tok.pos_ == "NUM" and not (
            len(tok.text) == 1 and gazetteer().abbreviation(tok.text)) and "固有名詞" not in tok.tag_:
        # (豪 tagged a numeral: 豪NZ; マリ, a proper name the tagger called a numeral: マリ政府)
        return "det"  # 日豪両政府, 日米韓3か国
    if lemma in lex.ISSUER_NOUNS:
        return "issuer"
    if lemma in lex.OBJECT_PREFIXES and tok.tag_.startswith("接頭辞") or tok.text in lex.OBJECT_PREFIXES:
        return "prefix"
    if len(tok.text) > 1 and tok.text[0] in lex.POSTED_IN and _posted_at(tok.text[1:]):
        return "posting"  # 駐日 (one token): where an envoy serves
    return "other"


def _posted_at(text: str) -> bool:
    """A place written after 駐 or 在 in one token: 日, 米, パキスタン."""
    gaz = gazetteer()
    return gaz.lookup(text) is not None or all(gaz.abbreviation(ch) for ch in text)


def _role_word(text: str) -> bool:
    return len(text) >= 2 and text.endswith(lex.ROLE_SUFFIXES) and text not in lex.NOT_ROLES and not text.isascii()


@dataclass(frozen=True, slots=True)
class Piece:
    """A token, or part of one: the tokenizer keeps some titles whole (米国大統領 -> 米国 + 大統領)."""

    text: str
    idx: int
    lemma_: str
    pos_: str
    tag_: str
    ent_type_: str
    before: str  # the token text just before, for 対ロ


def pieces_of(tokens: list) -> list[Piece]:
    return merge_title(split_titles(tokens))


def merge_title(pieces: list[Piece]) -> list[Piece]:
    """国務 + 省 -> 国務省, 国家 + 安全保障 + 会議: a title or body the tokenizer split at the end.

    Known titles and bodies match longest first; a title ending (観光 + 相) joins as few pieces as it can,
    so that a split name before it (王 / 文 / 濤 商務相) stays a name.
    """
    for k in range(len(pieces) - 1):
        if pieces[k].text == "国" and _country_closed_by(pieces[:k]):
            continue  # (ドミニカ共和 / 国 / 軍: the 国 is the country's)
        tail = "".join(p.text for p in pieces[k:])
        if tail in lex.ROLE_NOUNS or tail in lex.BODY_NOUNS or tail in lex.COUNTRY_HEADS or (
                k > 0 and tail in lex.BODY_SUFFIXES):
            return pieces[:k] + [_merged(pieces, k, tail)]
    last = pieces[-1].text
    if _role_word(last) or last in lex.ROLE_NOUNS:
        return pieces
    if len(pieces) > 1 and pieces[-2].text in lex.PORTFOLIO_WORDS and _role_word(pieces[-2].text + last):
        # エネルギー + 相: a katakana portfolio word and its title ending are one title
        return pieces[:-2] + [_merged(pieces, len(pieces) - 2, pieces[-2].text + last)]
    for k in range(len(pieces) - 2, max(-1, len(pieces) - 4), -1):
        tail = "".join(p.text for p in pieces[k:])
        if len(tail) <= 6 and _role_word(tail) and not any(
                p.text in lex.NAME_JOINERS or "人名" in p.tag_ or all_katakana(p.text) for p in pieces[k:]):
            return pieces[:k] + [_merged(pieces, k, tail)]
    return pieces


def _merged(pieces: list[Piece], k: int, tail: str) -> Piece:
    return Piece(tail, pieces[k].idx, tail, "NOUN", "名詞-普通名詞-一般", "", pieces[k].before)


def split_titles(tokens: list) -> list[Piece]:
    pieces = []
    for k, tok in enumerate(tokens):
        before = tok.doc[tok.i - 1].text if tok.i > 0 else ""
        cut = _title_begun_in(tok.text, "".join(t.text for t in tokens[k + 1:k + 4]))
        if cut:
            # 孫 / 磊報 / 道 / 官: the tokenizer glued the first character of a title to the end of a name; the name's
            # part and the title's are cut apart (the title is joined again by merge_title)
            pieces.append(Piece(tok.text[:cut], tok.idx, tok.text[:cut], tok.pos_, tok.tag_, tok.ent_type_, before))
            pieces.append(Piece(tok.text[cut:], tok.idx + cut, tok.text[cut:], "NOUN", "名詞-普通名詞-一般", "",
                                tok.text[:cut]))
            continue
        if len(tok.text) > 1 and tok.text[0] == "国" and _country_closed_by(pieces):
            # ドミニカ / 共和 / 国軍: the tokenizer glued the 国 that ends a country's name to the body after it
            pieces.append(Piece("国", tok.idx, "国", "NOUN", "名詞-普通名詞-一般", "", before))
            pieces.append(Piece(tok.text[1:], tok.idx + 1, tok.text[1:], "NOUN", "名詞-普通名詞-一般", "", "国"))
            continue
        split = title_split(tok.text) or _honorific_split(tok) or _role_split(tok)
        if split is None:
            pieces.append(Piece(tok.text, tok.idx, tok.lemma_, tok.pos_, tok.tag_, tok.ent_type_, before))
            continue
        head, tail = split
        if tail in lex.HONORIFICS or _role_split(tok) == split:
            pieces.append(Piece(head, tok.idx, head, tok.pos_, tok.tag_, "Person", before))
            pieces.append(Piece(tail, tok.idx + len(head), tail, "NOUN", "接尾辞-名詞的-一般", "", head))
            continue
        pieces.append(Piece(head, tok.idx, head, "PROPN", "名詞-固有名詞-地名-国", "", before))
        pieces.append(Piece(tail, tok.idx + len(head), tail, "NOUN", "名詞-普通名詞-一般", "", head))
    return pieces


@lru_cache(maxsize=1 << 16)
def _title_begun_in(text: str, after: str) -> int:
    """Where a title that the words ``after`` finish begins inside ``text`` (磊報 + 道官 -> 1), or 0."""
    for cut in range(1, len(text)):
        tail = text[cut:]
        if tail not in lex.ROLE_NOUNS and any(
                role.startswith(tail) and after.startswith(role[len(tail):]) and len(role) > len(tail) + 1
                for role in _SPLIT_ROLES):
            return cut
    return 0


def _country_closed_by(pieces: list) -> bool:
    """Do the last pieces and a 国 make a country's name (ドミニカ共和 + 国, 中央アフリカ共和 + 国)?"""
    from kg.vocab import gazetteer

    text = ""
    for piece in reversed(pieces[-4:]):
        text = piece.text + text
        # (not 米 / 国務省: a place already, whose title or body begins with 国)
        if gazetteer().lookup(text + "国") is not None and gazetteer().lookup(text) is None \
                and not all(gazetteer().abbreviation(ch) for ch in text):
            return True
    return False


def _honorific_split(tok) -> tuple[str, str] | None:
    """頼氏 as one token: the name and the honorific."""
    if not tok.text.endswith(_HONORIFIC_ENDINGS):
        return None  # (most words: one test, not one per honorific)
    for hon in lex.HONORIFICS:
        if tok.text.endswith(hon) and len(tok.text) > len(hon) and (
                is_name_token(tok) or people().lookup(tok.text[:-len(hon)]) is not None):
            return tok.text[:-len(hon)], hon  # (習氏 untagged: a name the people gazetteer lists)
    return None


_HONORIFIC_ENDINGS = tuple(lex.HONORIFICS)


def _role_split(tok) -> tuple[str, str] | None:
    """トランプ大統領 as one token: the name and the title."""
    return _role_split_name(tok.text) if is_name_token(tok) else None


@lru_cache(maxsize=1 << 16)
def _role_split_name(text: str) -> tuple[str, str] | None:
    for role in _ROLES_LONGEST_FIRST:
        head = text[:-len(role)]
        if text.endswith(role) and len(head) >= 2 and gazetteer().lookup(head) is None \
                and not title_split(head):
            return head, role
    return None


_ROLES_LONGEST_FIRST = sorted(lex.ROLE_NOUNS, key=len, reverse=True)
_SPLIT_ROLES = tuple(role for role in _ROLES_LONGEST_FIRST if len(role) >= 3)  # (報道官, 外務次官: long enough to tell)


@lru_cache(maxsize=1 << 16)
def title_split(text: str) -> tuple[str, str] | None:
    """米国大統領 -> (米国, 大統領); 露外務省 -> (露, 外務省); 米側 -> (米, 側): a place fused with a title, a body
    or a word that stands for the country."""
    gaz = gazetteer()
    for cut in range(1, len(text)):
        head, tail = text[:cut], text[cut:]
        if tail in lex.ROLE_NOUNS or tail in lex.BODY_NOUNS or tail in lex.FUSED_COUNTRY_HEADS \
                and text not in lex.DIRECTION_SIDES:
            if gaz.lookup(head) or all(gaz.abbreviation(ch) for ch in head):
                return head, tail
    return None


def span_mention(tokens: list, first: int, last: int, kind: str, affiliation: Mention | None = None, text: str | None = None) -> Mention:
    span = tokens[first:last + 1]
    return Mention(
        text=text if text is not None else "".join(t.text for t in span),
        start=span[0].idx, end=span[-1].idx + len(span[-1].text), kind=kind, affiliation=affiliation,
    )
