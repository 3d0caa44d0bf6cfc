import { expect, type Locator, type Page } from '@playwright/test';

/** A workflow diagram as a user sees it: nodes are buttons (or pictures) named "Title (id)". */
export class WorkflowDiagram {
  readonly diagram: Locator;

  /** The diagram named `name`: "Workflow" in the form, "Workflow workflows.X" in a workflow's view. */
  constructor(
    readonly page: Page,
    name = 'Workflow',
  ) {
    this.diagram = page.getByRole('group', { name, exact: true });
  }

  /** A clickable node, by its title and id. */
  node(title: string, id: string): Locator {
    return this.diagram.getByRole('button', { name: `${title} (${id})`, exact: true });
  }

  /** A node of a read-only diagram, which is a picture rather than a button. */
  picture(title: string, id: string): Locator {
    return this.diagram.getByRole('img', { name: `${title} (${id})`, exact: true });
  }

  /** Clicks a node and waits until its highlight changed. */
  async toggle(title: string, id: string): Promise<void> {
    const node = this.node(title, id);
    const before = await node.getAttribute('aria-pressed');
    await node.click();
    await expect(node).toHaveAttribute('aria-pressed', before === 'true' ? 'false' : 'true');
  }
}
