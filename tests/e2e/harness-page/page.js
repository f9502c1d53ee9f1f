// A minimal renderer for the harness's own tests: edits a title, autosaves a recovery copy a second after the
// last keystroke, offers recovery copies at start, and reports main events.
const draftId = crypto.randomUUID();
let app = null;
let timer = null;
const status = (t) => (document.getElementById('status').textContent = t);

async function start() {
  const { drafts } = await window.api.listRecovery({});
  const list = document.getElementById('drafts');
  for (const d of drafts) {
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = `Återställ ${d.title}`;
    b.addEventListener('click', async () => {
      const r = await window.api.restoreRecovery({ draftId: d.draftId });
      if (r.status === 'restored') {
        app = r.application;
        document.getElementById('title').value = app.project.title;
        await window.api.discardRecovery({ draftId: d.draftId });
        status('Återställd');
      }
    });
    li.append(b);
    list.append(li);
  }
  document.getElementById('recovery').hidden = drafts.length === 0;
  const ex = await window.api.openExample({});
  if (!app) {
    app = ex.application;
    document.getElementById('title').value = app.project.title;
  }
  document.getElementById('title').addEventListener('input', (e) => {
    app = { ...app, project: { ...app.project, title: e.target.value } };
    clearTimeout(timer);
    timer = setTimeout(() => window.api.writeRecovery({ draftId, filePath: null, application: app }).then((r) => status(r.status)), 1000);
  });
  window.api.onMainEvent((ev) => {
    document.getElementById('events').textContent = JSON.stringify(ev);
  });
  document.getElementById('inline').addEventListener('click', () => {
    const s = document.createElement('script');
    s.textContent = 'document.title = "inline ran"';
    document.head.append(s);
  });
  status('Klar');
}
start();
