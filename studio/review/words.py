"""Words of the review loop that lower layers and every front share: why a returned file is refused
(with the way forward), in Simplified Chinese and English."""

from __future__ import annotations

from studio.review.errors import ReviewFileError

#: reason -> (English, Chinese), with ``str.format`` fields from the error (path, limit, part ...).
REFUSALS: dict[str, tuple[str, str]] = {
        "doc": ("{path} is an old Word (.doc) or WPS file: save it as .docx (Word: File › Save As › Word Document; "
                   "WPS: 另存为 › .docx) and import that", "{path} 是旧版 Word（.doc）或 WPS 文件：请另存为 .docx"
                   "（Word：文件 › 另存为 › Word 文档；WPS：另存为 › .docx）后再导入"),
        "xls": (
        "{path} is an old Excel (.xls), WPS (.et) or CSV file: save it as .xlsx (Excel: File › Save As › Excel "
        "Workbook; WPS: 另存为 › .xlsx) and import that",
        "{path} 是旧版 Excel（.xls）、WPS 表格（.et）或 CSV 文件：请另存为 .xlsx（Excel：文件 › 另存为 › Excel 工作簿；"
        "WPS：另存为 › .xlsx）后再导入",
    ),
    "pdf": ("{path} is a PDF, which keeps no editable comments: ask for the .docx or the review workbook back",
                   "{path} 是 PDF，不含可读取的批注：请对方返回 .docx 或审阅表"),
        "not_docx": ("{path} is not a Word (.docx) or Excel (.xlsx) file", "{path} 不是 Word（.docx）或 Excel（.xlsx）文件"),
        "not_xlsx": ("{path} is not an Excel (.xlsx) file", "{path} 不是 Excel（.xlsx）文件"),
        "unreadable": ("{path} cannot be read; open it in Word, WPS or Excel and save it again",
                          "无法读取 {path}；请用 Word、WPS 或 Excel 打开后重新保存"),
        "not_a_file": ("{path} is not a file", "{path} 不是文件"),
        "unsafe": ("{path} holds what no word processor writes (entities, a document type or absurd nesting); "
                      "it was not read", "{path} 含有文字处理软件不会写入的内容（实体、文档类型声明或异常嵌套），未读取"),
        "too_large": ("{path} is too large for a returned review (over {limit_mb} MB)",
                         "{path} 太大，不像是返回的审阅文件（超过 {limit_mb} MB）"),
        "too_large_part": ("{path}: its part {part} unpacks far beyond any review (a zip bomb?); it was not read",
                              "{path}：其中 {part} 解压后远超正常大小（疑似压缩炸弹），未读取"),
        "comment_too_long": ("{path} holds a comment longer than {limit} characters; it was not read",
                                "{path} 含有超过 {limit} 个字符的批注，未读取"),
        "too_many_comments": ("{path} holds more than {limit} comments; it was not read",
                                 "{path} 含有超过 {limit} 条批注，未读取"),
        "not_ours": ("{path} was not sent from this project for review (no review anchors): send a round with "
                        "'studio review send' and have the client comment on that file",
                        "{path} 不是本项目发出的审阅文件（没有审阅锚点）：请用 'studio review send' 发出后让客户在该文件上批注"),
        "other_project": ("{path} was sent from another project: open that project to import it",
                             "{path} 是从另一个项目发出的：请在那个项目中导入"),
        "unknown_round": ("{path} belongs to round {round}, which this project does not hold (restored to an "
                             "older version?)", "{path} 属于第 {round} 轮，本项目中没有这一轮（是否恢复过旧版本？）"),
        "no_round": ("{path}: nothing was sent for review from this project yet ('studio review send FILE -o DIR')",
                        "{path}：本项目还没有发出过审阅（'studio review send 文件 -o 文件夹'）"),
}  # fmt: skip


def refusal(exc: ReviewFileError, lang: str) -> str:
    """One line saying why the file was refused and what to do instead, in ``lang``."""
    en, zh = REFUSALS.get(exc.reason, REFUSALS["unreadable"])
    try:
        return (zh if lang == "zh" else en).format(path=exc.path, **exc.facts)
    except (KeyError, IndexError, ValueError):
        return (zh if lang == "zh" else en).replace("{path}", exc.path)
