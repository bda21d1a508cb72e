"""Reading a returned Word storyboard: comments (批注) with their replies, and each shot cell's text
as sent and as the client left it (tracked changes, 修订, accepted or not).

Word, WPS and LibreOffice write the same parts in different shapes; this reads the XML itself
(through defusedxml, which refuses entities and document types) so every shape is handled the
same way: insertions nested in deletions, comment ranges spanning cells, comments on a picture,
replies kept in commentsExtended.xml. Every part is read within a size bound.
"""

from __future__ import annotations

import dataclasses
import io
import zipfile
from dataclasses import dataclass
from typing import Any
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException  # type: ignore[import-untyped]
from defusedxml.ElementTree import fromstring  # type: ignore[import-untyped]

from studio.review.anchors import read_cell_mark, read_mark
from studio.review.errors import ReviewFileError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
W15 = "{http://schemas.microsoft.com/office/word/2012/wordml}"
#: Unpacked size of the main text and of the comments: a storyboard's text is far smaller.
MAX_DOCUMENT_XML = 40 * 1024 * 1024
MAX_COMMENTS_XML = 8 * 1024 * 1024
#: One comment's text: a comment longer than this is no comment.
MAX_COMMENT_CHARS = 20_000
MAX_COMMENTS = 5000
MAX_DEPTH = 120
_QUOTE_CHARS = 200
_INSERTED = (W + "ins", W + "moveTo")
_DELETED = (W + "del", W + "moveFrom")
#: Formatting (which also carries paragraph-mark revisions) and the fallback copy of a text box that
#: Word writes beside the real one: neither is text the client wrote.
_SKIP = (W + "rPr", W + "pPr", W + "tblPr", W + "trPr", W + "tcPr", W + "sectPr",
         "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback")  # fmt: skip


@dataclass
class CellRead:
    """One shot cell as returned: its anchor, text as sent by the client's base and as left."""

    token: str
    field: str
    original: str
    final: str
    tracked: bool
    authors: list[str] = dataclasses.field(default_factory=list)
    dates: list[str] = dataclasses.field(default_factory=list)
    #: The visible shot code of the cell's row (the fallback when the anchor was lost).
    code: str = ""


@dataclass
class CommentRead:
    """One comment as stored: who, when, what, and where it was anchored."""

    cid: str
    author: str
    date: str
    text: str
    para_id: str = ""
    parent: str = ""
    done: bool = False
    token: str = ""
    field: str = ""
    code: str = ""
    quote: str = ""
    where: str = ""


@dataclass
class DocxRead:
    """A returned storyboard: its mark (project token, round), the shot cells and the comments."""

    mark: tuple[str, int] | None
    cells: list[CellRead]
    comments: list[CommentRead]


def _part(zf: zipfile.ZipFile, name: str, limit: int) -> bytes | None:
    """A zip part's bytes, refused past ``limit`` whatever its header claims (a zip bomb lies)."""
    try:
        info = zf.getinfo(name)
    except KeyError:
        return None
    if info.file_size > limit:
        raise ReviewFileError("too_large_part", part=name)
    with zf.open(info) as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise ReviewFileError("too_large_part", part=name)
    return data


def _xml(data: bytes) -> Element:
    try:
        root: Element = fromstring(data, forbid_dtd=True)
    except DefusedXmlException:
        raise ReviewFileError("unsafe") from None
    except ParseError:
        raise ReviewFileError("unreadable") from None
    return root


def read_docx(data: bytes) -> DocxRead:
    """Read a returned storyboard's bytes; ReviewFileError when it is not a readable, safe .docx."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError):
        raise ReviewFileError("not_docx") from None
    with zf:
        if len(zf.infolist()) > 10_000:
            raise ReviewFileError("unsafe")
        body = _part(zf, "word/document.xml", MAX_DOCUMENT_XML)
        if body is None:
            raise ReviewFileError("not_docx")
        comments_xml = _part(zf, "word/comments.xml", MAX_COMMENTS_XML)
        extended = _part(zf, "word/commentsExtended.xml", MAX_COMMENTS_XML)
    walker = _Walker()
    root = _xml(body)
    found = root.find(W + "body")
    walker.walk(found if found is not None else root, 0)
    comments = _comments(_xml(comments_xml)) if comments_xml else []
    if extended:
        _threads(_xml(extended), comments)
    for c in comments:
        anchor = walker.anchors.get(c.cid)
        if anchor is not None:
            c.token, c.field, c.code, c.where = anchor
        c.quote = walker.quotes.get(c.cid, "")[:_QUOTE_CHARS]
    return DocxRead(walker.mark, walker.cells, comments)


def _comments(root: Element) -> list[CommentRead]:
    out: list[CommentRead] = []
    for el in root.iter(W + "comment"):
        if len(out) >= MAX_COMMENTS:
            raise ReviewFileError("too_many_comments", limit=MAX_COMMENTS)
        paras = el.findall(W + "p")
        text = "\n".join(_plain(p) for p in paras).strip()
        if len(text) > MAX_COMMENT_CHARS:
            raise ReviewFileError("comment_too_long", limit=MAX_COMMENT_CHARS)
        para_id = paras[-1].get(W14 + "paraId", "") if paras else ""
        out.append(
            CommentRead(el.get(W + "id", ""), el.get(W + "author", ""), el.get(W + "date", ""), text, para_id)
        )
    return out


def _threads(root: Element, comments: list[CommentRead]) -> None:
    """Replies and resolved marks from commentsExtended.xml (Word 2013 on, WPS, LibreOffice 7.2 on)."""
    by_para = {c.para_id: c for c in comments if c.para_id}
    for ex in root.iter(W15 + "commentEx"):
        c = by_para.get(ex.get(W15 + "paraId", ""))
        if c is None:
            continue
        c.parent = ex.get(W15 + "paraIdParent", "")
        c.done = ex.get(W15 + "done", "0") in ("1", "true")


def _plain(el: Element) -> str:
    """Text of a comment paragraph (comments hold no tracked changes worth reading)."""
    parts: list[str] = []
    for node in el.iter():
        if node.tag == W + "t" and node.text:
            parts.append(node.text)
        elif node.tag in (W + "br", W + "cr"):
            parts.append("\n")
        elif node.tag == W + "tab":
            parts.append("\t")
    return "".join(parts)


class _Walker:
    """One pass over the document body in reading order."""

    def __init__(self) -> None:
        self.mark: tuple[str, int] | None = None
        self.cells: list[CellRead] = []
        #: comment id -> (shot token, field, row code, where)
        self.anchors: dict[str, tuple[str, str, str, str]] = {}
        self.quotes: dict[str, str] = {}
        self.open: set[str] = set()
        self.paragraph = 0
        self.place: tuple[str, str, str, str] = ("", "", "", "")

    def walk(self, el: Element, depth: int) -> None:
        if depth > MAX_DEPTH:
            raise ReviewFileError("unsafe")
        for child in el:
            tag = child.tag
            if tag == W + "tbl":
                self._table(child, depth + 1)
            elif tag == W + "p" and not self.place[0]:
                self.paragraph += 1
                saved = self.place
                self.place = ("", "", "", f"¶{self.paragraph}: {_plain(child)[:40]}")
                self._marks(child, depth + 1)
                self.place = saved
            else:
                self._marks(child, depth + 1)

    def _marks(self, el: Element, depth: int) -> None:
        """Comment ranges, bookmarks and quoted text inside ``el`` (any depth)."""
        if depth > MAX_DEPTH:
            raise ReviewFileError("unsafe")
        tag = el.tag
        if tag == W + "bookmarkStart":
            mark = read_mark(el.get(W + "name", ""))
            if mark is not None and self.mark is None:
                self.mark = mark
        elif tag in (W + "commentRangeStart", W + "commentReference"):
            cid = el.get(W + "id", "")
            self.anchors.setdefault(cid, self.place)
            if tag == W + "commentRangeStart":
                self.open.add(cid)
        elif tag == W + "commentRangeEnd":
            self.open.discard(el.get(W + "id", ""))
        elif tag in (W + "t", W + "delText") and el.text and self.open:
            for cid in self.open:
                if len(self.quotes.get(cid, "")) < _QUOTE_CHARS:
                    self.quotes[cid] = self.quotes.get(cid, "") + el.text
        elif tag == W + "tbl":
            self._table(el, depth + 1)
            return
        for child in el:
            self._marks(child, depth + 1)

    def _table(self, tbl: Element, depth: int) -> None:
        if depth > MAX_DEPTH:
            raise ReviewFileError("unsafe")
        header: dict[int, str] = {}
        for tr in tbl.iter(W + "tr"):
            cells = tr.findall(W + "tc")
            names = [_cell_marks(tc) for tc in cells]
            token = next((m[0] for ms in names for m in ms), "")
            code = _texts(cells[0])[1].strip() if cells else ""
            if not header and not token:
                header = {i: _texts(tc)[1].strip() for i, tc in enumerate(cells)}
            for i, tc in enumerate(cells):
                marks = names[i]
                cell_field = marks[0][1] if marks else ("#" + header[i] if header.get(i) else "")
                where = f"{code} · {header.get(i, '')}".strip(" ·")
                saved = self.place
                self.place = (marks[0][0] if marks else "", cell_field, code, where)
                self._marks(tc, depth + 1)
                self.place = saved
                if marks:
                    original, final, tracked, authors, dates = _cell_text(tc)
                    self.cells.append(
                        CellRead(marks[0][0], cell_field, original, final, tracked, authors, dates, code)
                    )
                elif header.get(i) and code:
                    # the cell lost its anchor (a client re-typed it, or pasted the row): its row's other
                    # anchors or its visible code name the shot, its column's heading the field
                    self.cells.append(CellRead(token, "#" + header[i], *_cell_text(tc), code=code))


def _cell_marks(tc: Element) -> list[tuple[str, str]]:
    found = []
    for b in tc.iter(W + "bookmarkStart"):
        got = read_cell_mark(b.get(W + "name", ""))
        if got is not None:
            found.append(got)
    return found


def _texts(el: Element) -> tuple[str, str]:
    original, final, *_ = _cell_text(el)
    return original, final


def _cell_text(tc: Element) -> tuple[str, str, bool, list[str], list[str]]:
    """(text before the tracked changes, text with them accepted, any tracked, their authors, dates)."""
    originals: list[str] = []
    finals: list[str] = []
    authors: list[str] = []
    dates: list[str] = []
    tracked = False

    def visit(el: Element, ins: bool, dele: bool, depth: int) -> None:
        nonlocal tracked
        if depth > MAX_DEPTH:
            raise ReviewFileError("unsafe")
        for child in el:
            tag = child.tag
            if tag in _SKIP or tag == W + "tbl":
                continue
            if tag in _INSERTED or tag in _DELETED:
                author = child.get(W + "author", "")
                if author and author not in authors:
                    authors.append(author)
                stamp = child.get(W + "date", "")
                if stamp:
                    dates.append(stamp)
                visit(child, ins or tag in _INSERTED, dele or tag in _DELETED, depth + 1)
                continue
            piece = ""
            if tag in (W + "t", W + "delText"):
                piece = child.text or ""
                tracked = tracked or ((ins or dele) and bool(piece))
            elif tag in (W + "br", W + "cr"):
                piece = "\n"
            elif tag == W + "tab":
                piece = "\t"
            if piece:
                if not dele and tag != W + "delText":
                    finals.append(piece)
                if not ins:
                    originals.append(piece)
            else:
                visit(child, ins, dele, depth + 1)

    first = True
    for p in tc.findall(W + "p"):
        if not first:
            originals.append("\n")
            finals.append("\n")
        first = False
        visit(p, False, False, 0)
    return "".join(originals), "".join(finals), tracked, authors, dates


def normalized(text: Any) -> str:
    """Text as compared with what was sent: line ends unified, trailing spaces and blank ends dropped."""
    lines = str(text).replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip()
