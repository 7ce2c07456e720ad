"""The studio GUI: a thin PySide6 layer over the :mod:`nodes` engine.

Only this package imports PySide6, NodeGraphQt, Qt.py or qasync. Importing the
package itself is cheap: the Qt modules load when :mod:`studio.gui.app` does.
"""
