"""The probes (tests/probes/): the extractor on our own short news sentences of each language, built to find negated
events produced as positive and to cover the common constructions. Each tally is held where the extractor is now:
no negated event produced as positive and no positive one as negated, no fewer right relations and no more
unexpected ones. Run ``python -m tests.probes`` to see every sentence that is not right."""
import pytest

from tests.probes import score

pytestmark = [pytest.mark.model, pytest.mark.slow]

# name: (right at least, negated produced as positive at most, positive produced as negated at most, extra at most)
# (seventeenth session: every Japanese probe gained right answers, 1 to 5 each, mostly from sentences no longer cut in
# the middle by the parser; held at the new tallies)
HELD = {
    "ja_negation": (320, 0, 0, 21),
    "ja_constructions": (339, 0, 0, 12),  # (twenty-first session: 336 -> 339)
    # (extra 22 -> 23: 米 / 中の軍事対話を開くよう要求した now reads the US-China talks asked for, hedged)
    # (extra 23 -> 24: …駆逐艦をミサイルで攻撃したと発表し now reads the spokesperson accusing the Houthis, an announced
    # attack on the announcer's own side, which its item does not list)
    # (extra 24 -> 25 in the seventeenth: 対抗措置を取る可能性を示唆した after opposing Japan's export controls now reads
    # China's hedged threat to Japan, as the gold sets record such countermeasures; its item does not list it)
    "ja_long": (269, 0, 1, 25),  # (right 265 -> 266 in the eighteenth: places listed with ・; 269 in the twenty-first)
    # (extra 10 -> 11 in the eighteenth: 日本側が求めた…解除には応じず now reads China rejecting Japan, whose request it
    # turns down; the item does not list it)
    "ja_long_negation": (245, 0, 1, 11),  # (twentieth: 制裁を科すには至らなかった, negated; twenty-first: 245)
    "ja_news_negation": (195, 0, 2, 12),  # (188 -> 190 in the twentieth; 195 and one extra fewer in the twenty-first)
    # (extra 12 -> 13: アラブ諸国は…緊急首脳会議を開いた now reads the summit of the Arab states listed, Saudi Arabia meets
    # Egypt, which its item does not list)
    # (seventeenth: right 166 -> 167 and extra 13 -> 14: 米政府は自制を求めている, no one named, now asks both sides the
    # text sets against each other, Israel (listed) and Iran (not listed))
    "ja_wire": (171, 0, 1, 14),  # (twenty-first: 169 -> 171)
    # (extra 9 -> 11 in the fifteenth session: a denied report of buying S400 from Russia now states Russia's arms
    # support of Turkey, hedged and negated; the item lists only the agreement)
    # (extra 11 -> 12 in the sixteenth: ロシアとの取引を縮小することはない now reads trade with Russia not cut, India's
    # sanction of Russia negated, where the item lists the cooperation; right 182 -> 183: 攻撃も辞さない)
    "ja_para_negation": (192, 2, 1, 12),  # (188 -> 189 in the twentieth: a plan named again; 191 in the twenty-first)
    # (extra 12 -> 14: 来月ソウルで開く日中韓首脳会議 now reads the summit planned, Japan meets China and South Korea,
    # hedged, which its item does not list)
    "ja_modality": (128, 0, 0, 11),  # (nineteenth: right 127 -> 128, extra 14 -> 11)
    "en_negation": (266, 0, 0, 17),  # (twentieth English session: right 265 -> 266)
    # (+1 extra: "to help Russia fight Ukraine" now reads Russia attacks Ukraine; twentieth English session: right
    # 435 -> 438)
    "en_constructions": (438, 0, 0, 21),
    # (right 423 -> 425 and 294 -> 296 in the seventeenth English session: "Washington threatened sanctions on India"
    # now reads the threat to India and the sanctions only threatened, hedged)
    # (twenty-fifth English session: 298 -> 299)
    "en_long": (299, 0, 0, 10),  # (twenty-second English session: 298, a demand joined to an accusation)
    # (twentieth English session: right 210 -> 211; twenty-second: 212, the two countries' ministers)
    "en_wire": (212, 0, 0, 11),
}


@pytest.mark.parametrize("name", sorted(HELD))
def test_probe_holds(name):
    tally, wrong = score(name)
    right, negated_as_positive, positive_as_negated, extra = HELD[name]
    listing = "\n".join(f"{verdict} [{category}] {text!r}: {item} got {got}" for verdict, category, text, item, got in wrong
                        if verdict in ("negated_as_positive", "positive_as_negated"))
    assert tally["negated_as_positive"] <= negated_as_positive, listing
    assert tally["positive_as_negated"] <= positive_as_negated, listing
    assert tally["ok"] >= right, dict(tally)
    assert tally["extra"] <= extra, dict(tally)
