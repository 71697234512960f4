# sys.exit(0) at the end ends the script normally (exit status 0) after flushing output.
import sys
print("before exit")
sys.exit(0)
print("never printed")
