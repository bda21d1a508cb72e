"""Reading outside files into the model: Excel shot scripts and ad-platform reports."""
