"""The Workspace window: every project of the team's folders listed, searched, on a calendar, in one report."""
