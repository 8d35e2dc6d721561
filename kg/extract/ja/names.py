"""Where a person's name is in a Japanese noun phrase.

The tagger marks names (人名-姓, 人名-名) but not always: a family name it took for a place (茂木 / 敏充) or a
pronoun (何 / 亜東), a Chinese or Korean name split into single characters (趙 / 立 / 堅, 王 / 文 / 濤), a
foreign name in katakana joined by ・ (カヤ・カラス), which ends before a portfolio (アフリカ担当) or a kanji
noun. A name with no title after it is a person only when it looks like one.
"""
from __future__ import annotations

from functools import lru_cache

from kg.lang import ja as lex
from kg.vocab import gazetteer, people


def is_name_token(tok) -> bool:
    return "人名" in tok.tag_ or tok.ent_type_ == "Person"


def name_run(tokens: list, units: list[str]) -> tuple[int, int] | None:
    """First and last token of the person's name in the phrase, if it has one."""
    first = next((k for k, t in enumerate(tokens) if is_name_token(t) and units[k] in ("other", "name")
                  and t.text not in lex.NAME_JOINERS), None)
    if first is None:
        return _katakana_name(tokens, units) or _kanji_name(tokens, units) or _known_name(tokens, units)
    # a family name the tagger took for a place name: 茂木 / 敏充 (名詞-固有名詞-地名-一般 + 人名-名)
    if first > 0 and units[first - 1] == "other" and ("人名-名" in tokens[first].tag_ or _pronoun_family_name(tokens, first, units)
                                                     or _given_name_tagged_family(tokens, first)) \
            and not tokens[first - 1].text.isascii() and ("固有名詞" in tokens[first - 1].tag_ or (
                len(tokens[first - 1].text) == 1 and all_kanji(tokens[first - 1].text)
                and tokens[first - 1].idx + 1 == tokens[first].idx)):
        first -= 1  # (or any one kanji glued before a given name: 車 / 智 / 勲, the family name Cha)
    # the given names before a tagged family name: ハリル・ハイヤ, ムハンマド・ビン・...
    # (サンティアゴ・ペニャ: a given name that is also a city's is still the given name when ・ joins it)
    while True:
        if first >= 2 and tokens[first - 1].text in lex.NAME_JOINERS and (
                units[first - 2] == "other" and (all_katakana(tokens[first - 2].text) or is_name_token(tokens[first - 2]))
                or units[first - 2] == "place" and all_katakana(tokens[first - 2].text)):
            first -= 2
        elif first >= 1 and units[first - 1] == "other" and _glued_katakana(tokens[first - 1], tokens[first]):
            first -= 1  # (ニコン / デート・パランクラ: a katakana given name the tokenizer cut in two)
        else:
            break
    last = first
    while last + 1 < len(tokens):
        nxt = tokens[last + 1]
        name_len = sum(len(t.text) for t in tokens[first:last + 1])
        if units[last + 1] not in ("other", "name") and not (
                # a one-character given name (or its last character) that is also a body word, between a
                # family name and the title (董 / 軍 / 国防相: Dong Jun; 劉 / 徳 / 軍 / 報道官: Liu Dejun)
                units[last + 1] == "body" and name_len <= 2 and all_kanji(nxt.text)
                and "人名-姓" in tokens[first].tag_ and len(nxt.text) == 1 and last + 2 < len(tokens)
                and units[last + 2] == "role") and not _given_name_role_word(tokens, units, first, last):
            break
        if all_kanji(nxt.text) and "人名" not in nxt.tag_ and all(
                all_katakana(t.text) or t.text in lex.NAME_JOINERS for t in tokens[first:last + 1]):
            break  # a katakana name ends at a kanji common noun the recogniser ran on (ブルハン / 統治評議会議長)
        joined = nxt.text in lex.NAME_JOINERS or tokens[last].text in lex.NAME_JOINERS
        # Chinese and Korean names split by the tokenizer: 趙 / 立 / 堅, 楊 / 潔 / 篪
        short_kanji = len(nxt.text) == 1 and name_len <= 2 and all_kanji(nxt.text) and is_name_token(tokens[first])
        # (劉 / 勁松 / アジア局長: a two-character given name after a one-character family name, tagged a place)
        short_kanji = short_kanji or name_len == 1 and "人名-姓" in tokens[first].tag_ and len(nxt.text) == 2 \
            and all_kanji(nxt.text) and "固有名詞" in nxt.tag_ and gazetteer().lookup(nxt.text) is None
        # (アブル / ゲイト: a katakana word the tokenizer cut in two, glued to a katakana piece of the name)
        glued = _glued_katakana(tokens[last], nxt)
        if is_name_token(nxt) or joined or short_kanji or glued:
            last += 1
        else:
            break
    # アブドラ2世, ダライ・ラマ14世: a regnal or lineage number is part of the name
    if last + 2 < len(tokens) and tokens[last + 1].pos_ == "NUM" and tokens[last + 2].text == "世":
        last += 2
    return first, _without_portfolio(tokens, first, last)


def _given_name_tagged_family(tokens: list, first: int) -> bool:
    """孫 / 立平 (Sun Liping): a two-character given name the tagger took for a family name, after a one-character
    family name it took for a common noun (孫, grandchild), glued to it; not after a prefix (元 / 岸田, 前 / 田中)."""
    prev, tok = tokens[first - 1], tokens[first]
    return "人名-姓" in tok.tag_ and len(tok.text) == 2 and all_kanji(tok.text) and len(prev.text) == 1 \
        and all_kanji(prev.text) and prev.tag_.startswith("名詞-普通名詞") and prev.idx + 1 == tok.idx


def _given_name_role_word(tokens: list, units: list[str], first: int, last: int) -> bool:
    """戴 / 兵 / 氏 (Dai Bing): a one-character given name the tagger tags a name, though its word is also a role
    (兵, soldier), after a one-character family name and before an honorific or a title."""
    nxt = last + 1
    return last == first and len(tokens[first].text) == 1 and all_kanji(tokens[first].text) \
        and units[nxt] == "role" and "人名" in tokens[nxt].tag_ and len(tokens[nxt].text) == 1 \
        and nxt + 1 < len(tokens) and units[nxt + 1] in ("honorific", "role")


def _glued_katakana(before, tok) -> bool:
    """Two katakana words written with nothing between them, neither a ・ joining names."""
    return all_katakana(before.text) and all_katakana(tok.text) and before.idx + len(before.text) == tok.idx \
        and before.text not in lex.NAME_JOINERS and tok.text not in lex.NAME_JOINERS


def _pronoun_family_name(tokens: list, first: int, units: list[str]) -> bool:
    """A Chinese family name the tagger reads as a pronoun, glued to the given name before a title:
    何 / 亜東 / 報道官 (He Yadong; 何 is also "what")."""
    return tokens[first - 1].pos_ == "PRON" and len(tokens[first].text) <= 2 and all_kanji(tokens[first].text) \
        and first + 1 < len(tokens) and units[first + 1] == "role"


def _without_portfolio(tokens: list, first: int, last: int) -> int:
    """The name ends before a portfolio (マサド・ブーロス・アフリカ担当上級顧問 -> マサド・ブーロス), and never on the
    ・ that joins it to a title (ハンス・グルンドベリ・ / イエメン担当特使)."""
    portfolio = next((k for k in range(first + 1, min(last + 2, len(tokens))) if tokens[k].text.startswith("担当")), None)
    if portfolio is None:
        # ボグダン・イバン・エネルギー相: a portfolio word joined to the name with ・ before its title
        word = next((k for k in range(first + 2, last + 1) if tokens[k].text in lex.PORTFOLIO_WORDS
                     and tokens[k - 1].text in lex.NAME_JOINERS), None)
        last = last if word is None else word - 2
        while last > first and (tokens[last].text in lex.NAME_JOINERS or "接頭辞" in tokens[last].tag_):
            last -= 1  # (ドリン・ジュンギエツ・ / エネルギー相: the joiner before a title is no part of the name,
        return last    # nor the prefix of the title: 林 / 剣 / 副 / 報道局長, 副 is the title's)
    last = max(first, portfolio - 2)  # the word before 担当 names the portfolio (アフリカ担当)
    if all_katakana(tokens[first].text):
        # (アジット・ドバル国家安全保障担当補佐官: so do the kanji words before it, after a katakana name)
        while last > first and not all_katakana(tokens[last].text):
            last -= 1
    while last > first and tokens[last].text in lex.NAME_JOINERS:
        last -= 1
    return last


def _kanji_name(tokens: list, units: list[str]) -> tuple[int, int] | None:
    """A Chinese or Korean name the tagger split into single characters right before a title:
    中国の王 / 文 / 濤 商務相. Two or three one-character kanji, nothing else between them and the title."""
    if units[-1] != "role":
        return None
    end = len(tokens) - 1
    while end > 1 and "接頭辞" in tokens[end - 1].tag_:
        end -= 1  # (林 / 剣 / 副 / 報道局長: the prefix is the title's)
    first = end
    while first > 0 and units[first - 1] == "other" and len(tokens[first - 1].text) == 1 \
            and all_kanji(tokens[first - 1].text):
        first -= 1
    if 2 <= end - first <= 3 and (first == 0 or units[first - 1] in ("place", "det")):
        return first, end - 1
    return None


def _known_name(tokens: list, units: list[str]) -> tuple[int, int] | None:
    """A name the tagger took for a common noun, right before a title, that the people gazetteer knows (岩屋 / 外相)."""
    for k in range(len(tokens) - 1):
        if units[k] == "other" and units[k + 1] == "role" and people().lookup(tokens[k].text) is not None:
            return k, k
    return None


def all_kanji(text: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" for ch in text)


def bare_name(span) -> bool:
    """A name with no title or 氏 after it is a person only when it looks like one: a given name with the
    family name, or a foreign name, never a lone family name that is also a place (安東, 南部)."""
    text = "".join(t.text for t in span)
    if people().lookup(text) is not None:
        return True
    if not all("人名" in t.tag_ or t.text in lex.NAME_JOINERS for t in span):
        return False
    return any("人名-名" in t.tag_ for t in span) or any(t.text in lex.NAME_JOINERS for t in span) or (
        all(all_katakana(t.text) or t.text in lex.NAME_JOINERS for t in span) and len(text) > 2)


def _katakana_name(tokens: list, units: list[str]) -> tuple[int, int] | None:
    """A foreign name the tagger missed: katakana words joined by ・ in a phrase headed by a title or 氏
    (カヤ・カラス外交安全保障上級代表, EUのカヤ・カラス上級代表)."""
    if units[-1] not in ("role", "honorific", "countryhead"):
        return None
    first = next((k for k, u in enumerate(units) if u == "other"), None)
    if first is None or (first > 0 and units[first - 1] not in ("place", "det")):
        return None
    last = first
    while last + 1 < len(tokens) and units[last + 1] == "other" and (
            all_katakana(tokens[last + 1].text) or tokens[last + 1].text in lex.NAME_JOINERS):
        last += 1
    last = _without_portfolio(tokens, first, last)
    span = tokens[first:last + 1]
    if not all_katakana(span[0].text) or span[0].text in lex.NAME_JOINERS:
        return None
    if not any(t.text in lex.NAME_JOINERS for t in span):
        # one katakana word right before the title (ザハロワ報道官, パシニャン首相), or before the country
        # abbreviation of the title (トランプ米大統領, プーチン露大統領): a family name
        # (ネベンジャ国連大使, ザハロワ外務省情報局長 too: a posting or a body between the name and the title)
        placed = all(u in ("place", "posting", "body") for u in units[last + 1:-1])
        # (two letters are enough before 氏, which follows only names: シシ氏, ルト氏)
        shortest = 2 if units[-1] == "honorific" else 3
        if len(span) == 1 and placed and len(span[0].text) >= shortest and "ー" != span[0].text[0] \
                and not (len(span[0].text) > 3 and span[0].text.endswith(lex.FOLLOWER_ENDINGS)):
            return first, last
        return None
    return first, last


@lru_cache(maxsize=1 << 16)  # (asked of the same words many times)
def all_katakana(text: str) -> bool:
    return bool(text) and all("\u30a0" <= ch <= "\u30ff" for ch in text)
