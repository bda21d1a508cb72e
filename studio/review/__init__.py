"""The client review loop: send a round (Word storyboard, review workbook), read back what came
back, decide shot by shot, and show what changed since a round. Pure Python, no Qt."""
