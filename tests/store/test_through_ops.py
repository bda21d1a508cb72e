"""The store changes the document only through the reversible operations, so listeners hear everything."""

from __future__ import annotations

import io

from PIL import Image

from studio.models import ops
from studio.models.changes import Change, Op
from studio.models.serial import project_to_dict
from studio.store import rows, snapshots
from studio.store.document import ProjectFile


def png(color: tuple[int, int, int], size: tuple[int, int] = (40, 60)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, "PNG")
    return out.getvalue()


def state(project) -> dict:
    data = project_to_dict(project)
    data["project"]["modified"] = ""
    return data


def test_restore_is_one_reversible_reset(sample_file: ProjectFile) -> None:
    pf = sample_file
    first = snapshots.create(pf, "first")
    ops.set_field(pf.project, pf.project, "title", "edited")
    edited = state(pf.project)
    heard: list[Change] = []
    pf.project.listeners.append(heard.append)
    snapshots.restore(pf, first.id)
    assert [c.op for c in heard] == [Op.RESET]
    assert pf.project.title != "edited"
    assert state(rows.read_project(pf.connection)) == state(pf.project)
    # What the restore replaced comes back through the same operation.
    safety = snapshots.find(pf, f"before restore {first.id}")
    ops.replace_content(pf.project, snapshots.load(pf, safety.id))
    assert state(pf.project) == edited == state(rows.read_project(pf.connection))


def test_frame_import_is_heard_and_its_undo_persists(sample_file: ProjectFile) -> None:
    pf = sample_file
    heard: list[Change] = []
    pf.project.listeners.append(heard.append)
    frame = pf.import_frame(png((9, 9, 9)), "new.png")
    assert [(c.op, c.target) for c in heard] == [(Op.INSERT, frame)]
    assert frame.hash in rows.read_project(pf.connection).frames
    ops.remove_frame(pf.project, frame)
    assert frame.hash not in rows.read_project(pf.connection).frames
    assert pf.frame_bytes(frame.hash, "original") == png((9, 9, 9))  # bytes stay for redo


def test_a_known_frame_without_bytes_is_replaced_through_ops(sample_file: ProjectFile) -> None:
    pf = sample_file
    data = png((200, 1, 1), (30, 50))
    frame = pf.import_frame(data, "a.png")
    with pf.batch():
        pf.connection.execute("DELETE FROM frame_blob WHERE hash = ?", (frame.hash,))
    heard: list[Change] = []
    pf.project.listeners.append(heard.append)
    again = pf.import_frame(data, "a.png")
    assert [c.op for c in heard] == [Op.REMOVE, Op.INSERT] and again is not frame
    assert (again.width, again.height) == (30, 50) and pf.frame_bytes(again.hash, "thumb")
