import { describe, expect, it } from 'vitest';
import { at, orderEvent } from './code-intel.testing.js';
import { hoverAt } from './hover-at.js';

const HEAD = 'from jit.commons.utils.logger import log\n\ndef handleOrderApproval(eventOutData):\n';

function hover(marked: string, element = orderEvent()): string {
  return hoverAt(at(marked, element))?.contents ?? '';
}

describe('hoverAt', () => {
  it('shows a row field with its title and type, over the field name only', () => {
    const result = hoverAt(at(`${HEAD}    n = eventOutData.row.ord|erNo.value`));
    expect(result?.contents).toContain('**orderNo** — Order No');
    expect(result?.contents).toContain('datatypes.Serial');
    expect(result?.range).toEqual({ startLine: 4, startColumn: 26, endLine: 4, endColumn: 33 });
  });

  it('follows an assigned row and the helper parameter row', () => {
    expect(hover(`${HEAD}    row = eventOutData.row\n    row.amo|unt.value = 1`)).toContain('Order Amount');
    expect(hover('def processApprovedOrder(row):\n    row.stat|us.value = "x"')).toContain('Order Status');
  });

  it('documents the row methods, value, status, log and HandleTypeEnum members', () => {
    expect(hover(`${HEAD}    eventOutData.row.sa|ve()`)).toContain('Persist the row');
    expect(hover(`${HEAD}    eventOutData.status.val|ue`)).toContain('approval status');
    expect(hover(`${HEAD}    eventOutData.row.amount.val|ue`)).toContain('int | float');
    expect(hover(`${HEAD}    log.inf|o("x")`)).toContain('log.info(msg, *args)');
    expect(hover(`${HEAD}    HandleTypeEnum.agr|ee`)).toContain('The approver agreed');
  });

  it('describes names: eventOutData, a row variable, app', () => {
    expect(hover(`${HEAD}    eventOut|Data.row`)).toContain('eventOutData: event data');
    expect(hover(`${HEAD}    row = eventOutData.row\n    ro|w.save()`)).toContain(
      'row: models.OrderModel row',
    );
    expect(hover(`${HEAD}    ap|p.getElement("models.OrderModel")`)).toContain('getElement');
  });

  it('explains the handler def and the seed extra parameters', () => {
    expect(hover('def handleOrder|Approval(eventOutData):\n    pass')).toContain(
      'calls it on `Process` with `(eventOutData)`',
    );
    const nodeHandled = orderEvent({ operate: 'NodeHandled', func: 'inner.onHandled' });
    expect(hover('def onHandled(e, handleType, nodeId, nodeTitle):\n    x = node|Id', nodeHandled)).toContain(
      'handled',
    );
    expect(hover('def other(eventOutData):\n    pass\n\ndef handle|OrderApproval(e):\n    pass')).toContain(
      'handler',
    );
  });

  it('describes the element named in app.getElement("…")', () => {
    const model = hover(`${HEAD}    app.getElement("models.Order|Model")`);
    // App-supplied names are escaped Markdown text: the dot is `\.`, shown as a dot.
    expect(model).toContain('**models\\.OrderModel**');
    expect(model).toContain('`orderNo` (Order No)');
    expect(hover(`${HEAD}    app.getElement("services.Notification|Svc")`)).toContain(
      'sendApprovalNotification',
    );
    expect(hover(`${HEAD}    app.getElement("models.Mis|sing")`)).toContain('not an element of this app');
  });

  it('is silent in comments, strings and over unknown names', () => {
    expect(hoverAt(at(`${HEAD}    # eventOutData.r|ow`))).toBeUndefined();
    expect(hoverAt(at(`${HEAD}    s = "eventOutData.r|ow"`))).toBeUndefined();
    expect(hoverAt(at(`${HEAD}    somet|hing.row`))).toBeUndefined();
    expect(hoverAt(at(`${HEAD}    eventOutData.row.no|pe`))).toBeUndefined();
  });
});
