"""Make returned review files the way clients' programs do: comments (with Word's paraId threads),
tracked insertions and deletions, plain edits, re-sorted rows. Used by the review tests."""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

from studio.review.anchors import cell_mark

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
W15_NS = "http://schemas.microsoft.com/office/word/2012/wordml"
W = f"{{{W_NS}}}"
NSMAP = {"w": W_NS, "w14": W14_NS, "w15": W15_NS}
DATE = "2026-12-05T10:00:00Z"


def _el(tag: str, **attrs: str) -> etree._Element:
    el = etree.Element(W + tag)
    for k, v in attrs.items():
        el.set(W + k, v)
    return el


def _run(text: str, tag: str = "t") -> etree._Element:
    r = _el("r")
    t = etree.SubElement(r, W + tag)
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return r


class ClientDoc:
    """A sent storyboard opened for editing as a client would edit it."""

    def __init__(self, path: Path) -> None:
        with zipfile.ZipFile(path) as zf:
            self.parts = {i.filename: zf.read(i) for i in zf.infolist()}
        self.root = etree.fromstring(self.parts["word/document.xml"])
        self.comments: list[tuple[str, str, str, str | None, bool]] = []

    def cell(self, shot_id: str, field: str) -> etree._Element:
        """The table cell anchored to a shot's field (the first copy)."""
        name = cell_mark(shot_id, field)
        for b in self.root.iter(W + "bookmarkStart"):
            if b.get(W + "name") == name:
                tc = b
                while tc.tag != W + "tc":
                    tc = tc.getparent()
                return tc
        raise KeyError(name)

    def _clear(self, tc: etree._Element) -> etree._Element:
        paras = tc.findall(W + "p")
        first = paras[0]
        for p in paras[1:]:  # bookmark ends live in the last paragraph: move them to the first
            for child in list(p):
                if child.tag == W + "bookmarkEnd":
                    first.append(child)
            tc.remove(p)
        for r in first.findall(W + "r"):
            first.remove(r)
        return first

    def _put(self, p: etree._Element, *els: etree._Element) -> None:
        ends = [c for c in p if c.tag == W + "bookmarkEnd"]
        at = p.index(ends[0]) if ends else len(p)
        for el in els:
            p.insert(at, el)
            at += 1

    def track(
        self, shot_id: str, field: str, keep: str, removed: str, added: str, author: str = "王经理"
    ) -> None:
        """A tracked change: ``keep`` stays, ``removed`` is deleted and ``added`` inserted after it."""
        p = self._clear(self.cell(shot_id, field))
        d = _el("del", id="801", author=author, date=DATE)
        d.append(_run(removed, "delText"))
        i = _el("ins", id="802", author=author, date=DATE)
        i.append(_run(added))
        self._put(p, _run(keep), d, i)

    def nested(self, shot_id: str, field: str, keep: str, gone: str) -> None:
        """An insertion by one reviewer deleted by another (Word nests the w:ins inside the w:del)."""
        p = self._clear(self.cell(shot_id, field))
        d = _el("del", id="803", author="李总监", date=DATE)
        i = _el("ins", id="804", author="王经理", date=DATE)
        i.append(_run(gone, "delText"))
        d.append(i)
        self._put(p, _run(keep), d)

    def plain(self, shot_id: str, field: str, text: str) -> None:
        """Text changed without tracking."""
        p = self._clear(self.cell(shot_id, field))
        self._put(p, _run(text))

    def comment(self, shot_id: str, field: str, text: str, author: str = "王经理", reply_to: int | None = None,
                done: bool = False, span_to: tuple[str, str] | None = None) -> int:  # fmt: skip
        """A comment on a cell (spanning to another cell when ``span_to`` is given); returns its id."""
        cid = str(len(self.comments))
        start_p = self.cell(shot_id, field).findall(W + "p")[0]
        end_p = (self.cell(*span_to) if span_to else self.cell(shot_id, field)).findall(W + "p")[-1]
        start_p.insert(1 if start_p.find(W + "pPr") is not None else 0, _el("commentRangeStart", id=cid))
        end_p.append(_el("commentRangeEnd", id=cid))
        ref = _el("r")
        ref.append(_el("commentReference", id=cid))
        end_p.append(ref)
        parent = None if reply_to is None else f"{reply_to + 1:08X}"
        self.comments.append((cid, author, text, parent, done))
        return int(cid)

    def comment_title(self, text: str, author: str = "王经理") -> int:
        """A comment on the document's first paragraph (the title: no shot)."""
        cid = str(len(self.comments))
        body = self.root.find(W + "body")
        first = body.find(W + "p")
        first.insert(0, _el("commentRangeStart", id=cid))
        first.append(_el("commentRangeEnd", id=cid))
        ref = _el("r")
        ref.append(_el("commentReference", id=cid))
        first.append(ref)
        self.comments.append((cid, author, text, None, False))
        return int(cid)

    def resort(self) -> None:
        """Reverse the order of the shot rows in every storyboard table (a client re-sorting the table)."""
        for tbl in self.root.iter(W + "tbl"):
            rows = [tr for tr in tbl.findall(W + "tr") if any(
                (b.get(W + "name") or "").startswith("S_") for b in tr.iter(W + "bookmarkStart"))]  # fmt: skip
            if len(rows) < 2:
                continue
            first = tbl.index(rows[0])
            for tr in rows:
                tbl.remove(tr)
            for n, tr in enumerate(reversed(rows)):
                tbl.insert(first + n, tr)

    def drop_anchors(self, shot_id: str) -> None:
        """Remove every anchor of a shot's row (WPS re-typing a row, a row pasted from elsewhere)."""
        tr = self.cell(shot_id, "code")
        while tr.tag != W + "tr":
            tr = tr.getparent()
        for el in list(tr.iter(W + "bookmarkStart", W + "bookmarkEnd")):
            el.getparent().remove(el)

    def reference_only(self, shot_id: str, field: str, text: str, author: str = "WPS用户") -> None:
        """A comment as WPS sometimes writes one: a reference in the cell, no range, no thread part."""
        cid = str(len(self.comments))
        p = self.cell(shot_id, field).findall(W + "p")[-1]
        ref = _el("r")
        ref.append(_el("commentReference", id=cid))
        p.append(ref)
        self.comments.append((cid, author, text, None, False))

    def save(self, path: Path) -> Path:
        """Write the edited document (Word's parts for comments and their threads)."""
        parts = dict(self.parts)
        parts["word/document.xml"] = etree.tostring(
            self.root, xml_declaration=True, encoding="UTF-8", standalone=True
        )
        if self.comments:
            croot = etree.Element(W + "comments", nsmap=NSMAP)
            xroot = etree.Element(f"{{{W15_NS}}}commentsEx", nsmap=NSMAP)
            for cid, author, text, parent, done in self.comments:
                c = etree.SubElement(croot, W + "comment")
                c.set(W + "id", cid)
                c.set(W + "author", author)
                c.set(W + "date", DATE)
                p = etree.SubElement(c, W + "p")
                para_id = f"{int(cid) + 1:08X}"
                p.set(f"{{{W14_NS}}}paraId", para_id)
                p.append(_run(text))
                ex = etree.SubElement(xroot, f"{{{W15_NS}}}commentEx")
                ex.set(f"{{{W15_NS}}}paraId", para_id)
                if parent:
                    ex.set(f"{{{W15_NS}}}paraIdParent", parent)
                ex.set(f"{{{W15_NS}}}done", "1" if done else "0")
            parts["word/comments.xml"] = etree.tostring(croot, xml_declaration=True, encoding="UTF-8")
            parts["word/commentsExtended.xml"] = etree.tostring(xroot, xml_declaration=True, encoding="UTF-8")
            types = parts["[Content_Types].xml"].decode()
            extra = (
                '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                'wordprocessingml.comments+xml"/><Override PartName="/word/commentsExtended.xml" ContentType='
                '"application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"/>'
            )
            parts["[Content_Types].xml"] = types.replace("</Types>", extra + "</Types>").encode()
            rels = parts["word/_rels/document.xml.rels"].decode()
            extra = (
                '<Relationship Id="rIdC1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                'relationships/comments" Target="comments.xml"/><Relationship Id="rIdC2" Type="http://schemas.'
                'microsoft.com/office/2011/relationships/commentsExtended" Target="commentsExtended.xml"/>'
            )
            parts["word/_rels/document.xml.rels"] = rels.replace(
                "</Relationships>", extra + "</Relationships>"
            ).encode()
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in parts.items():
                zf.writestr(name, data)
        return path
