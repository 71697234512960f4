# os.getcwd/chdir round trip and listdir of the script directory.
import os
start = os.getcwd()
print("os_cwd.py" in os.listdir("."), "os_cwd.py" in os.listdir())
os.chdir("..")
print(os.getcwd() != start, start.rsplit(os.sep, 1)[-1] in os.listdir("."))
os.chdir(start)
print(os.getcwd() == start)
try:
    os.chdir("no-such-directory-here")
except OSError as e:
    print(type(e).__name__)
