"""What the guide writes from the project's brief: templates and what they need from it, hook and
call-to-action libraries filled from it, and a first draft."""
