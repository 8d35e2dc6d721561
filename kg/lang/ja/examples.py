"""Example sentences for each construction the Japanese extractor reads, with what it should find.

Used by the model-backed tests (tests/test_extract_ja_model.py); each rule has several sentences.
"""

# (sentence, expected (subject, relation, object, flags)) ; flags: "", "negated", "hedged"
EXAMPLES = [
    # case frames: が/は subject, を object, に/に対し target
    ("米国は中国に警告した。", [("米国", "warns", "中国", "")]),
    ("日本政府は中国に対し抗議した。", [("日本政府", "protests", "中国", "")]),
    ("ロシアはウクライナを攻撃した。", [("ロシア", "attacks", "ウクライナ", "")]),
    # と partner, coordination
    ("米国と中国はローマで会談した。", [("米国", "meetsWith", "中国", "")]),
    # passive
    ("ウクライナはロシア軍に攻撃された。", [("ロシア軍", "attacks", "ウクライナ", "")]),
    ("北朝鮮は国連によって非難された。", [("国連", "criticizes", "北朝鮮", "")]),
    # nominal events
    ("中国のロシア支援が問題となっている。", [("中国", "supports", "ロシア", "")]),
    ("ロシアによるウクライナ侵攻が続いている。", [("ロシア", "invades", "ウクライナ", "")]),
    # light verbs
    ("林外相は中国側に抗議を申し入れた。", [("林", "protests", "中国", "")]),
    ("英国はウクライナへの支援を表明した。", [("英国", "supports", "ウクライナ", "")]),
    # negation and hedging
    ("インドはロシアを批判しなかった。", [("インド", "criticizes", "ロシア", "negated")]),
    ("中国はロシアを支援する可能性がある。", [("中国", "supports", "ロシア", "hedged")]),
    # 〜を受ける
    ("韓国は米国から支援を受けた。", [("米国", "supports", "韓国", "")]),
]
