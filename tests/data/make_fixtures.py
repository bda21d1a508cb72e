"""How the frozen old-version fixtures in this folder were made (kept for the record).

Run once per new schema version, commit the new file, and never regenerate old ones:
they stand for files users already have on disk.
"""

from __future__ import annotations

import io
import json
import sqlite3
import sys
from pathlib import Path

from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from studio.store.schema import create_schema

HERE = Path(__file__).parent


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (90, 160), (200, 60, 40)).save(out, "PNG")
    return out.getvalue()


#: Version 6's brief (pains as text, a selling point naming its pain in other words) and creators
#: naming their variant (by name, in another case and width, and a name no variant has).
BRIEF_V6 = json.dumps(
    {
        "personas": [{"name": "熬夜党", "who": "25-30 岁白领", "watches": "", "says": ""}],
        "pains": ["熬夜脸暗沉", "上妆卡粉"],
        "itches": [], "pleasures": [], "scenes": [], "must_say": [], "banned": [], "hashtags": [],
        "selling_points": [
            {"point": "烟酰胺", "evidence": "检测报告", "priority": 1, "answers": "熬夜脸暗沉"},
            {"point": "质地清爽", "evidence": "", "priority": 2, "answers": "卡粉"},
            {"point": "便宜", "evidence": "", "priority": 3, "answers": "太贵"},
        ],
        "offer": {"price": "99", "coupon": "", "deadline": "", "stock": ""},
        "target_s": 25, "post_by": "",
    },
    ensure_ascii=False, sort_keys=True,
)  # fmt: skip
#: Version 8's brief as versions 8 and 9 write it (its persona has no id, as before version 10): the pains carry ids, a selling point answers one by id
#: (the paraphrase and the pain no one listed stay text, as the 7 -> 8 step leaves them).
BRIEF_V8 = json.dumps(
    {
        **json.loads(BRIEF_V6),
        "pain_ids": ["pain1", "pain2"],
        "selling_points": [
            {"point": "烟酰胺", "evidence": "检测报告", "priority": 1, "answers": "pain1"},
            {"point": "质地清爽", "evidence": "", "priority": 2, "answers": "卡粉"},
            {"point": "便宜", "evidence": "", "priority": 3, "answers": "太贵"},
        ],
    },
    ensure_ascii=False, sort_keys=True,
)  # fmt: skip

CREATORS_V6 = json.dumps(
    [
        {"name": "小鹿", "platform": "douyin", "handle": "@xiaolu", "variant": "价格钩子", "status": "posted",
         "link": "", "plays": 52000, "conversions": 310, "gmv": 30690.0, "notes": ""},
        {"name": "阿May", "platform": "", "handle": "", "variant": "基础版 ", "status": "invited",
         "link": "", "plays": 0, "conversions": 0, "gmv": 0.0, "notes": ""},
        {"name": "大白", "platform": "", "handle": "", "variant": "早没了的版本", "status": "invited",
         "link": "", "plays": 0, "conversions": 0, "gmv": 0.0, "notes": ""},
    ],
    ensure_ascii=False, sort_keys=True,
)  # fmt: skip

#: Version 7's creators hold their variant's id (the one that matches no variant keeps its text).
CREATORS_V7 = CREATORS_V6.replace('"价格钩子"', '"v2"').replace('"基础版 "', '"v1"')
#: Version 10's brief: its persona holds an id, as the 9 -> 10 step gives it.
BRIEF_V10 = json.dumps(
    {**json.loads(BRIEF_V8), "personas": [{**json.loads(BRIEF_V8)["personas"][0], "id": "persona1"}]},
    ensure_ascii=False,
    sort_keys=True,
)

#: Version 11's client review: one round sent, one comment read back on shot h1.
REVIEW_V11 = json.dumps(
    {
        "rounds": [{"number": 1, "client": "晨露品牌部", "date": "2025-05-03T10:00:00+00:00", "variants": ["v1"],
                    "snapshot": "Round 1 sent to 晨露品牌部, 2025-05-03", "fingerprints": [], "imported": []}],
        "comments": [{"id": "c0ffee01", "round": 1, "shot": "h1", "field": "voiceover", "author": "王经理",
                      "date": "2025-05-04T09:00:00Z", "text": "开头再直接一点", "quote": "", "replies": [],
                      "resolved": False, "where": ""}],
        "suggestions": [], "approvals": [],
    },
    ensure_ascii=False, sort_keys=True,
)  # fmt: skip


def make(version: int) -> Path:
    path = HERE / f"project_v{version}.studio"
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    create_schema(conn, version)
    conn.execute("BEGIN")
    project = (
        "p1",
        "老版本项目",
        "精华",
        "晨露",
        "douyin",
        "zh",
        4.5,
        150.0,
        "2025-05-01T08:00:00+00:00",
        "2025-05-02T09:30:00+00:00",
    )
    if version >= 6:
        values = (*project, '{"hook_limit_s": 5.0}', "cosmetics", '{"最": "很"}', '["晨露"]',
                  BRIEF_V10 if version >= 10 else BRIEF_V8 if version >= 8 else BRIEF_V6,
                  CREATORS_V6 if version == 6 else CREATORS_V7)  # fmt: skip
        if version >= 11:  # the client review (one round sent, one comment back)
            values = (*values, REVIEW_V11)
        if version >= 12:  # the project's frame format (the first files that have one keep the usual 9:16)
            values = (*values, "9:16")
        if version >= 13:  # the project's money currency: none chosen (it follows the platform)
            values = (*values, "")
        conn.execute(f"INSERT INTO project VALUES ({','.join('?' * len(values))})", values)
    elif version >= 5:
        conn.execute(
            "INSERT INTO project VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (*project, '{"hook_limit_s": 5.0}', "cosmetics", '{"最": "很"}', '["晨露"]'),
        )
    elif version >= 2:
        conn.execute(
            "INSERT INTO project VALUES (?,?,?,?,?,?,?,?,?,?,?)", (*project, '{"hook_limit_s": 5.0}')
        )
    else:
        conn.execute("INSERT INTO project VALUES (?,?,?,?,?,?,?,?,?,?)", project)
    conn.execute("INSERT INTO script VALUES ('s1', 0, '旧脚本', '概念', 'pain_solution_cta')")
    conn.execute("INSERT INTO beat VALUES ('b1', 's1', 0, 'hook', '', 30, '黄金3秒')")
    conn.execute("INSERT INTO beat VALUES ('b2', 's1', 1, 'cta', '', 50, '')")
    conn.execute("INSERT INTO alternative VALUES ('a1', 'b1', 0, 'A', '')")
    conn.execute("INSERT INTO alternative VALUES ('a2', 'b1', 1, 'B', '价格')")
    conn.execute("INSERT INTO alternative VALUES ('a3', 'b2', 0, 'A', '')")
    png = _png()
    digest = __import__("hashlib").sha256(png).hexdigest()
    shots = [
        (
            "h1",
            "a1",
            0,
            "H-A-01",
            15,
            "close_up",
            "push",
            None,
            "镜子",
            "熬夜脸暗沉？",
            "熬夜脸暗沉？",
            "",
            "",
            "卧室",
            "小雅",
            "",
            '["visual_impact"]',
            "planned",
            digest,
        ),
        (
            "h2",
            "a2",
            0,
            "H-B-01",
            20,
            "medium",
            None,
            None,
            "价签",
            "99元两瓶？",
            "",
            "",
            "",
            "",
            "",
            "",
            "[]",
            "shot",
            None,
        ),
        (
            "c1",
            "a3",
            0,
            "C-A-01",
            30,
            None,
            None,
            None,
            "指向下方",
            "点击下方链接领券",
            "点击下方领券",
            "",
            "",
            "",
            "",
            "=SUM(A1)",
            "[]",
            "approved",
            None,
        ),
    ]
    if version >= 9:  # lens, interior/exterior, time of day, set-up number
        shots = [(*shot, "35mm" if shot[0] == "h1" else "", None, None, "") for shot in shots]
    if version >= 12:  # each picture's crop: fitted, as every file before crops shows it
        shots = [(*shot, '{"mode": "fit"}') for shot in shots]
    conn.executemany(f"INSERT INTO shot VALUES ({','.join('?' * len(shots[0]))})", shots)
    base = ("v1", "s1", 0, "基础版", 1, "{}", "none", "", "live")
    hook_b = ("v2", "s1", 1, "价格钩子", 0, json.dumps({"b1": "a2"}), "hook", "价格更吸引人", "draft")
    if version >= 12:  # a variant's own frame format: none, both follow the project's
        conn.execute("INSERT INTO variant VALUES (?,?,?,?,?,?,?,?,?,?,?)", (*base, "", None))
        conn.execute("INSERT INTO variant VALUES (?,?,?,?,?,?,?,?,?,?,?)", (*hook_b, "v2 notes", None))
    elif version >= 2:
        conn.execute("INSERT INTO variant VALUES (?,?,?,?,?,?,?,?,?,?)", (*base, ""))
        conn.execute("INSERT INTO variant VALUES (?,?,?,?,?,?,?,?,?,?)", (*hook_b, "v2 notes"))
    else:
        conn.execute("INSERT INTO variant VALUES (?,?,?,?,?,?,?,?,?)", base)
        conn.execute("INSERT INTO variant VALUES (?,?,?,?,?,?,?,?,?)", hook_b)
    if version == 3:
        conn.execute(
            "INSERT INTO result VALUES ('v2', 12000, 9000, 4100, 900, 310, 21, 1520.5, '1130报表.csv',"
            " '2025-05-02T09:30:00+00:00')"
        )
    elif version >= 4:
        conn.execute(
            "INSERT INTO result VALUES ('v2', 12000, 9000, 4100, 900, 310, 21, 1520.5, '1130报表.csv',"
            " '2025-05-02T09:30:00+00:00', 8815.0, '[1.0, 0.62, 0.41]')"
        )
    conn.execute("INSERT INTO frame VALUES (?, 'red.png', 90, 160, 'PNG')", (digest,))
    for kind in ("original", "thumb", "print"):
        conn.execute("INSERT INTO frame_blob VALUES (?,?,?)", (digest, kind, png))
    conn.execute("COMMIT")
    conn.execute("VACUUM")
    conn.close()
    return path


if __name__ == "__main__":
    for v in (int(a) for a in sys.argv[1:]):
        print(make(v))
