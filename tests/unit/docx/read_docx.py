"""Reads a DOCX with python-docx (a reader we did not write) and prints what a person would see, as JSON.

Usage: /usr/bin/python3 read_docx.py FILE.docx
Output: {"headings": [{"text", "style", "outline"}], "paragraphs": [...], "tables": [[[cell text]]],
         "core": {...}, "sections": [{"orientation", "width", "height"}], "styles": {id: outline level}}
"""
import json
import sys

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn


def outline_level(style):
    """The outline level a style gives its paragraphs, following basedOn, or None."""
    while style is not None:
        ppr = style.element.find(qn("w:pPr"))
        if ppr is not None:
            lvl = ppr.find(qn("w:outlineLvl"))
            if lvl is not None:
                return int(lvl.get(qn("w:val")))
        style = style.base_style
    return None


def language(style):
    while style is not None:
        rpr = style.element.find(qn("w:rPr"))
        if rpr is not None:
            lang = rpr.find(qn("w:lang"))
            if lang is not None:
                return lang.get(qn("w:val"))
        style = style.base_style
    return None


def cell_texts(table):
    rows = []
    for row in table.rows:
        rows.append([cell.text for cell in row.cells])
    return rows


def main(path):
    d = docx.Document(path)
    headings = []
    for p in d.paragraphs:
        if p.style is not None and p.style.name.startswith("Heading"):
            headings.append({"text": p.text, "style": p.style.name, "outline": outline_level(p.style)})
    tables = []
    # Nested tables (the signature blocks) are read too, so their text is part of what we check.
    stack = list(d.tables)
    while stack:
        t = stack.pop(0)
        tables.append(cell_texts(t))
        for row in t.rows:
            for cell in row.cells:
                stack.extend(cell.tables)
    header_rows = []
    for t in d.tables:
        first = t.rows[0]._tr if t.rows else None
        trpr = first.find(qn("w:trPr")) if first is not None else None
        header_rows.append(trpr is not None and trpr.find(qn("w:tblHeader")) is not None)
    cp = d.core_properties
    sections = [
        {
            "orientation": "landscape" if s.orientation == WD_ORIENT.LANDSCAPE else "portrait",
            "width": s.page_width,
            "height": s.page_height,
            "header": "\n".join(p.text for p in s.header.paragraphs),
            "footer": "\n".join(p.text for p in s.footer.paragraphs),
        }
        for s in d.sections
    ]
    print(
        json.dumps(
            {
                "headings": headings,
                "paragraphs": [p.text for p in d.paragraphs],
                "tables": tables,
                "tableHeaderRows": header_rows,
                "core": {
                    "title": cp.title,
                    "subject": cp.subject,
                    "author": cp.author,
                    "keywords": cp.keywords,
                    "comments": cp.comments,
                },
                "sections": sections,
                "normalLanguage": language(d.styles["Normal"]),
                "headingLanguage": language(d.styles["Heading 1"]),
            },
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main(sys.argv[1])
