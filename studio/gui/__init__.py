"""The studio GUI: a thin PySide6 layer over the :mod:`nodes` engine.

Only this package imports PySide6, NodeGraphQt, Qt.py or qasync. Importing the
package itself is cheap; it only makes Qt.py (used by NodeGraphQt) choose
PySide6, before any submodule can import NodeGraphQt.
"""

import os

os.environ.setdefault("QT_PREFERRED_BINDING", "PySide6")
