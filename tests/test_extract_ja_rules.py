"""Extraction rules on Docs built by hand from GiNZA's parses: no model needed.

Each table row is (text, lemma, POS, tag, dep, head) exactly as ja_ginza 5.3 parses the sentence.
"""
import pytest

from kg.extract.ja import relations
from tests.conftest import make_doc, triples

C = "名詞-固有名詞-地名-国"
N = "名詞-普通名詞-一般"
S = "名詞-普通名詞-サ変可能"
P = "助詞-格助詞"
K = "助詞-係助詞"
A = "助動詞"
V = "動詞-非自立可能"
PU = "補助記号-句点"

CASES = {
    # case frame: は subject, に target
    "verbal: 米国は中国に警告した": (
        [("米国", "米国", "PROPN", C, "nsubj", 4), ("は", "は", "ADP", K, "case", 0),
         ("中国", "中国", "PROPN", C, "obl", 4), ("に", "に", "ADP", P, "case", 2),
         ("警告", "警告", "VERB", S, "ROOT", 4), ("し", "する", "AUX", V, "aux", 4),
         ("た", "た", "AUX", A, "aux", 4), ("。", "。", "PUNCT", PU, "punct", 4)],
        {("米国", "warns", "中国", "")}),
    # を object
    "verbal: ロシアはウクライナを攻撃した": (
        [("ロシア", "ロシア", "PROPN", C, "nsubj", 4), ("は", "は", "ADP", K, "case", 0),
         ("ウクライナ", "ウクライナ", "PROPN", C, "obj", 4), ("を", "を", "ADP", P, "case", 2),
         ("攻撃", "攻撃", "VERB", S, "ROOT", 4), ("し", "する", "AUX", V, "aux", 4),
         ("た", "た", "AUX", A, "aux", 4), ("。", "。", "PUNCT", PU, "punct", 4)],
        {("ロシア", "attacks", "ウクライナ", "")}),
    # passive: the subject is the patient, the に argument the agent
    "passive: ウクライナはロシア軍に攻撃された": (
        [("ウクライナ", "ウクライナ", "PROPN", C, "nsubj", 5), ("は", "は", "ADP", K, "case", 0),
         ("ロシア", "ロシア", "PROPN", C, "compound", 3), ("軍", "軍", "NOUN", N, "obl", 5),
         ("に", "に", "ADP", P, "case", 3), ("攻撃", "攻撃", "VERB", S, "ROOT", 5),
         ("さ", "する", "AUX", V, "aux", 5), ("れ", "れる", "AUX", A, "aux", 5),
         ("た", "た", "AUX", A, "aux", 5), ("。", "。", "PUNCT", PU, "punct", 5)],
        {("ロシア軍", "attacks", "ウクライナ", ""), ("ロシア軍", "affiliatedWith", "ロシア", "")}),
    # nominal event: の subject, compound object
    "nominal: 中国のロシア支援が続く": (
        [("中国", "中国", "PROPN", C, "nmod", 3), ("の", "の", "ADP", P, "case", 0),
         ("ロシア", "ロシア", "PROPN", C, "compound", 3), ("支援", "支援", "NOUN", S, "nsubj", 5),
         ("が", "が", "ADP", P, "case", 3), ("続く", "続く", "VERB", "動詞-一般", "ROOT", 5),
         ("。", "。", "PUNCT", PU, "punct", 5)],
        {("中国", "supports", "ロシア", "")}),
    # nominal event: による agent
    "nominal: ロシアによるウクライナ侵攻": (
        [("ロシア", "ロシア", "PROPN", C, "nmod", 4), ("に", "に", "ADP", P, "case", 0),
         ("よる", "よる", "VERB", "動詞-一般", "fixed", 1), ("ウクライナ", "ウクライナ", "PROPN", C, "compound", 4),
         ("侵攻", "侵攻", "NOUN", S, "nsubj", 6), ("が", "が", "ADP", P, "case", 4),
         ("続く", "続く", "VERB", "動詞-一般", "ROOT", 6), ("。", "。", "PUNCT", PU, "punct", 6)],
        {("ロシア", "invades", "ウクライナ", "")}),
    # light verb: the event noun is the object of 申し入れる; 外相 unqualified is Japan's
    "light-verb: 林外相は中国側に抗議を申し入れた": (
        [("林", "林", "NOUN", "名詞-固有名詞-人名-姓", "compound", 1), ("外相", "外相", "NOUN", N, "nsubj", 8),
         ("は", "は", "ADP", K, "case", 1), ("中国", "中国", "PROPN", C, "compound", 4),
         ("側", "側", "NOUN", N, "obl", 8), ("に", "に", "ADP", P, "case", 4),
         ("抗議", "抗議", "NOUN", S, "obj", 8), ("を", "を", "ADP", P, "case", 6),
         ("申し入れ", "申し入れる", "VERB", "動詞-一般", "ROOT", 8), ("た", "た", "AUX", A, "aux", 8),
         ("。", "。", "PUNCT", PU, "punct", 8)],
        {("林", "protests", "中国", ""), ("林", "affiliatedWith", "日本", "")}),
    # negation on the predicate
    "negation: インドはロシアを批判しなかった": (
        [("インド", "インド", "PROPN", C, "nsubj", 4), ("は", "は", "ADP", K, "case", 0),
         ("ロシア", "ロシア", "PROPN", C, "obj", 4), ("を", "を", "ADP", P, "case", 2),
         ("批判", "批判", "VERB", S, "ROOT", 4), ("し", "する", "AUX", V, "aux", 4),
         ("なかっ", "ない", "AUX", A, "aux", 4), ("た", "た", "AUX", A, "aux", 4),
         ("。", "。", "PUNCT", PU, "punct", 4)],
        {("インド", "criticizes", "ロシア", "negated")}),
    # hedge: a relative clause under 可能性; the subject comes from the topic above
    "hedge: 中国はロシアを支援する可能性がある": (
        [("中国", "中国", "PROPN", C, "dislocated", 8), ("は", "は", "ADP", K, "case", 0),
         ("ロシア", "ロシア", "PROPN", C, "obj", 4), ("を", "を", "ADP", P, "case", 2),
         ("支援", "支援", "VERB", S, "acl", 6), ("する", "する", "AUX", V, "aux", 4),
         ("可能性", "可能性", "NOUN", N, "nsubj", 8), ("が", "が", "ADP", P, "case", 6),
         ("ある", "ある", "VERB", V, "ROOT", 8), ("。", "。", "PUNCT", PU, "punct", 8)],
        {("中国", "supports", "ロシア", "hedged")}),
    # 〜を受ける: the giver is the から argument
    "receiving: 韓国は米国から支援を受けた": (
        [("韓国", "韓国", "PROPN", C, "nsubj", 6), ("は", "は", "ADP", K, "case", 0),
         ("米国", "米国", "PROPN", C, "obl", 6), ("から", "から", "ADP", P, "case", 2),
         ("支援", "支援", "NOUN", S, "obj", 6), ("を", "を", "ADP", P, "case", 4),
         ("受け", "受ける", "VERB", "動詞-一般", "ROOT", 6), ("た", "た", "AUX", A, "aux", 6),
         ("。", "。", "PUNCT", PU, "punct", 6)],
        {("米国", "supports", "韓国", "")}),
    # coordination by abbreviations: 日米韓 -> three subjects
    "coordination: 日米韓は北朝鮮を非難した": (
        [("日米", "日米", "NOUN", N, "compound", 1), ("韓", "韓", "NOUN", N, "nsubj", 5),
         ("は", "は", "ADP", K, "case", 1), ("北朝鮮", "北朝鮮", "PROPN", C, "obj", 5),
         ("を", "を", "ADP", P, "case", 3), ("非難", "非難", "VERB", S, "ROOT", 5),
         ("し", "する", "AUX", V, "aux", 5), ("た", "た", "AUX", A, "aux", 5), ("。", "。", "PUNCT", PU, "punct", 5)],
        {("日", "criticizes", "北朝鮮", ""), ("米", "criticizes", "北朝鮮", ""), ("韓", "criticizes", "北朝鮮", "")}),
    # relative clause: the modified noun is the subject (国連決議 -> the UN)
    "relative-clause: ロシアを非難する国連決議": (
        [("ロシア", "ロシア", "PROPN", C, "obj", 2), ("を", "を", "ADP", P, "case", 0),
         ("非難", "非難", "VERB", S, "acl", 5), ("する", "する", "AUX", V, "aux", 2),
         ("国連", "国連", "PROPN", "名詞-固有名詞-一般", "compound", 5), ("決議", "決議", "NOUN", S, "nsubj", 7),
         ("が", "が", "ADP", P, "case", 5), ("出る", "出る", "VERB", "動詞-一般", "ROOT", 7),
         ("。", "。", "PUNCT", PU, "punct", 7)],
        {("国連", "criticizes", "ロシア", "")}),
    # symmetric event with と partner
    "partner: 米国は中国と会談した": (
        [("米国", "米国", "PROPN", C, "nsubj", 4), ("は", "は", "ADP", K, "case", 0),
         ("中国", "中国", "PROPN", C, "obl", 4), ("と", "と", "ADP", P, "case", 2),
         ("会談", "会談", "VERB", S, "ROOT", 4), ("し", "する", "AUX", V, "aux", 4),
         ("た", "た", "AUX", A, "aux", 4), ("。", "。", "PUNCT", PU, "punct", 4)],
        {("米国", "meetsWith", "中国", "")}),
    # negating governor: 批判を避けた
    "negating-governor: カンボジアは中国への批判を避けた": (
        [("カンボジア", "カンボジア", "PROPN", C, "nsubj", 7), ("は", "は", "ADP", K, "case", 0),
         ("中国", "中国", "PROPN", C, "nmod", 5), ("へ", "へ", "ADP", P, "case", 2), ("の", "の", "ADP", P, "case", 2),
         ("批判", "批判", "NOUN", S, "obj", 7), ("を", "を", "ADP", P, "case", 5),
         ("避け", "避ける", "VERB", "動詞-一般", "ROOT", 7), ("た", "た", "AUX", A, "aux", 7),
         ("。", "。", "PUNCT", PU, "punct", 7)],
        {("カンボジア", "criticizes", "中国", "negated")}),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_rule(name):
    rows, expected = CASES[name]
    assert triples(relations(make_doc(rows))) == expected


def test_title_affiliation_chain():
    # 中国外務省の趙立堅報道官は: person -> ministry -> country, the name split over three tokens
    rows = [("中国", "中国", "PROPN", C, "compound", 1), ("外務省", "外務省", "PROPN", N, "nmod", 6),
            ("の", "の", "ADP", P, "case", 1), ("趙", "趙", "PROPN", "名詞-固有名詞-人名-姓", "compound", 6),
            ("立", "立", "PROPN", "接尾辞-名詞的-一般", "compound", 6), ("堅", "堅", "PROPN", N, "compound", 6),
            ("報道官", "報道官", "NOUN", N, "nsubj", 8), ("は", "は", "ADP", K, "case", 6),
            ("語っ", "語る", "VERB", "動詞-一般", "ROOT", 8), ("た", "た", "AUX", A, "aux", 8),
            ("。", "。", "PUNCT", PU, "punct", 8)]
    doc = make_doc(rows, ents={3: "Person", 4: "Person", 5: "Person"})
    assert triples(relations(doc)) == {("趙立堅", "affiliatedWith", "中国外務省", ""),
                                       ("中国外務省", "affiliatedWith", "中国", "")}


def test_extractor_does_not_mutate_doc():
    rows, _ = CASES["verbal: 米国は中国に警告した"]
    doc = make_doc(rows)
    before = doc.to_bytes()
    list(relations(doc))
    assert doc.to_bytes() == before


def test_offsets_point_at_the_predicate():
    rows, _ = CASES["verbal: 米国は中国に警告した"]
    doc = make_doc(rows)
    (rel,) = list(relations(doc))
    assert doc.text[rel.provenance.start:rel.provenance.end] == "警告"
    assert doc.text[rel.subject.start:rel.subject.end] == "米国"
    assert rel.provenance.rule == "verbal"
