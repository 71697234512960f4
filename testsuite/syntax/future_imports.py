# `from __future__ import ...`: only after the docstring and other future imports, and only
# for the features CPython knows. Checked at compile time, so compile() reports them.
import __future__

sources = [
    "from __future__ import annotations\nx = 1\n",
    "'''doc'''\n# comment\n\nfrom __future__ import (division,\n    generators)\n"
    "from __future__ import print_function as pf\nx = 1\n",
    "from __future__ import annotations; from __future__ import division; x = 1\n",
    "from __future__ import generator_stop, nested_scopes, with_statement\n",
    "from __future__ import absolute_import, unicode_literals, barry_as_FLUFL\n",
    "x = 1\nfrom __future__ import annotations\n",
    "import os\nfrom __future__ import division\n",
    "'''doc'''\n'''not the docstring'''\nfrom __future__ import annotations\n",
    "def f():\n    from __future__ import annotations\n",
    "if 1: from __future__ import division\n",
    "from __future__ import annotations\nx = 1\nfrom __future__ import annotations\n",
    "from __future__ import braces\n",
    "from __future__ import nosuch, annotations\n",
    "from __future__ import *\n",
    "from .__future__ import division\n",
]
for source in sources:
    try:
        compile(source, "<future>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)

# The module itself is ordinary.
print(__future__.division.getMandatoryRelease() <= (3, 0, 0, "alpha", 0))
print(sorted(__future__.all_feature_names)[:3])
