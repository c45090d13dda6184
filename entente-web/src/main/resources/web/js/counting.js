// What every figure counts, said next to it. The server states the definition (the same one the CLI prints);
// the views only show it, so the list, the pair view, the network and the map can never drift apart.
import {h, MODALITIES} from './dom.js';

// the store counts what the text asserts unless told otherwise; the analyst can add the rest
export const DEFAULT_MODALITIES = ['asserted'];

export function modalitiesFrom(params) {
  return params.has('modality') ? params.get('modality').split(',').filter(m => MODALITIES.includes(m))
    : DEFAULT_MODALITIES;
}

/** Check boxes for the modalities counted; onChange receives the new list (in the canonical order). */
export function modalityPicker(selected, onChange) {
  const box = h('div', {class: 'mods', role: 'group', 'aria-label': 'Modalities counted'});
  for (const m of MODALITIES) {
    const input = h('input', {type: 'checkbox', value: m, checked: selected.includes(m)});
    input.addEventListener('change', () => {
      onChange(MODALITIES.filter(x => box.querySelector(`input[value="${x}"]`).checked));
    });
    box.append(h('label', {class: 'chip mod-' + m}, [input, m]));
  }
  return box;
}

/** The server's one-sentence definition of what the figures beside it count. */
export function countingNote(counting, extra) {
  if (!counting) return null;
  return h('p', {class: 'counting muted', 'data-testid': 'counting'}, [h('b', {text: 'Counting: '}), counting.text,
    extra ? ' ' + extra : '']);
}
