package ai.frontierwatch.articles.parsing;

import org.commonmark.node.Code;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/** Walks a commonmark tree in document order without recursion (inline nesting can be deep). */
final class Walk {

    interface Visitor {
        /** Returns false to skip the node's children. */
        boolean enter(Node n);

        void exit(Node n);
    }

    private Walk() {
    }

    /** Visits the descendants of {@code root} (not the root itself). */
    static void of(Node root, Visitor v) {
        Node n = root.getFirstChild();
        while (n != null) {
            if (v.enter(n) && n.getFirstChild() != null) {
                n = n.getFirstChild();
                continue;
            }
            v.exit(n);
            while (n.getNext() == null) {
                n = n.getParent();
                if (n == root || n == null) {
                    return;
                }
                v.exit(n);
            }
            n = n.getNext();
        }
    }

    /** The text under a node (an image's alternative text). */
    static String text(Node root) {
        StringBuilder sb = new StringBuilder();
        of(root, new Visitor() {
            @Override
            public boolean enter(Node n) {
                if (n instanceof Text t) {
                    sb.append(t.getLiteral());
                } else if (n instanceof Code c) {
                    sb.append(c.getLiteral());
                }
                return true;
            }

            @Override
            public void exit(Node n) {
            }
        });
        return sb.toString();
    }
}
