"""The guide's text tools: speech time and caption width, folding and canonical readings, word lists compiled
and matched in context, Chinese word boundaries, shorter lines, words in pictures, and script-to-shots."""
