"""Builds assets/wordfreq/en.txt: the most frequent English words with their Zipf frequency.

Source: the `wordfreq` package (Robyn Speer et al., data CC BY-SA 4.0). Run with wordfreq 3.1:

    pip install wordfreq==3.1.1 && python3 assets/wordfreq/make_table.py > assets/wordfreq/en.txt

Output: one line per Zipf value (descending), `ZIPF<TAB>word word word...`; only lower-case
alphabetic words (an inner apostrophe allowed) of the top N by frequency.
"""
import re
import sys

import wordfreq

N = 50000
WORD = re.compile(r"^[a-z]+(?:'[a-z]+)?$")

groups = {}
for word in wordfreq.top_n_list("en", N):
    if not WORD.match(word):
        continue
    z = wordfreq.zipf_frequency(word, "en")
    groups.setdefault(z, []).append(word)

print("# English word frequencies (Zipf scale) from wordfreq 3.1, CC BY-SA 4.0; see README.md")
for z in sorted(groups, reverse=True):
    print(f"{z:.2f}\t{' '.join(sorted(groups[z]))}")
