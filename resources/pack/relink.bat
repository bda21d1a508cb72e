@echo off
rem Relink a Studio pack on Windows: runs relink.ps1 beside this file, then waits for a key.
powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0relink.ps1"
pause
