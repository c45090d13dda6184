// Actor type-ahead: asks /api/actors as the analyst types, arrow keys + Enter or a click pick one.
import {h, clear} from './dom.js';
import {api} from './api.js';

export function actorPicker({id, label, placeholder, onPick}) {
  const input = h('input', {id, type: 'text', autocomplete: 'off', spellcheck: 'false', placeholder,
    'aria-autocomplete': 'list', 'aria-controls': id + '-list'});
  const list = h('ul', {class: 'suggest', id: id + '-list', role: 'listbox', hidden: true});
  const chip = h('span', {class: 'picked'});
  const wrap = h('label', {class: 'field actor-field'}, [h('span', {class: 'field-label', text: label}),
    h('div', {class: 'ta'}, [input, list]), chip]);
  let items = [];
  let active = -1;
  let seq = 0;
  let value = null;

  function render() {
    clear(list);
    items.forEach((a, i) => {
      const li = h('li', {role: 'option', class: i === active ? 'active' : '', dataset: {code: a.code}}, [
        h('span', {class: 'code', text: a.code}),
        h('span', {class: 'name'}, [a.name || '', a.rollup ? h('span', {class: 'rollup', text: ' all actors'}) : null]),
        h('span', {class: 'n', text: a.events + ' ev'}),
      ]);
      li.addEventListener('mousedown', ev => { ev.preventDefault(); pick(a); });
      list.append(li);
    });
    list.hidden = items.length === 0;
  }

  async function lookup() {
    const mine = ++seq;
    try {
      const found = await api.actors(input.value.trim(), 8);
      if (mine !== seq) return;               // a newer keystroke already answered
      items = found;
      active = items.length ? 0 : -1;
      render();
    } catch (e) {
      items = [];
      render();
    }
  }

  function pick(a) {
    value = a;
    input.value = a.name ? `${a.name} (${a.code})` : a.code;
    chip.textContent = '';
    items = [];
    render();
    onPick && onPick(a);
  }

  input.addEventListener('input', () => { value = null; lookup(); });
  input.addEventListener('focus', () => { input.select(); lookup(); });
  input.addEventListener('blur', () => setTimeout(() => { items = []; render(); }, 120));
  input.addEventListener('keydown', ev => {
    if (ev.key === 'ArrowDown' && items.length) { active = (active + 1) % items.length; render(); ev.preventDefault(); }
    else if (ev.key === 'ArrowUp' && items.length) { active = (active - 1 + items.length) % items.length; render(); ev.preventDefault(); }
    else if (ev.key === 'Enter') {
      ev.preventDefault();
      if (active >= 0 && items[active]) pick(items[active]);
    } else if (ev.key === 'Escape') { items = []; render(); }
  });

  return {
    element: wrap,
    get value() { return value; },
    set(a) { if (a) { value = a; input.value = a.name ? `${a.name} (${a.code})` : a.code; } else { value = null; input.value = ''; } },
  };
}
