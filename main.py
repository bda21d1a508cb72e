"""Start the Studio desktop app from a checkout: ``python main.py [FILE]`` (the sample when no file is given)."""

from studio.launch import run

if __name__ == "__main__":
    run()
