// Photos from the phone's camera for inspections, rectifications and refusals: uploaded to /photos as soon as they are
// taken (the server keeps one photo per image and user, so sending the same image again stores nothing new), then
// referred to by id. Shown back as small previews read from the file itself (the Content-Security-Policy allows data: images).
import { isNetworkError, upload } from './api.js';
import { t } from './i18n.js';
import { el } from './page.js';

const LIMIT = 10 * 1024 * 1024;

/**
 * A JPEG or PNG of at most 10 MiB is sent as it is; another image the browser can read (a WebP, a very large photo) is
 * drawn again as a JPEG of at most 2560 px a side; anything else is sent as it is, for the server to explain its refusal.
 */
async function asSent(file) {
  if (['image/jpeg', 'image/png'].includes(file.type) && file.size <= LIMIT) return { body: file, type: file.type };
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, 2560 / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise(resolve => canvas.toBlob(resolve, 'image/jpeg', 0.85));
    if (blob) return { body: blob, type: 'image/jpeg' };
  } catch {
    // not an image this browser reads
  }
  return { body: file, type: file.type || 'application/octet-stream' };
}

export async function uploadPhoto(file) {
  const { body, type } = await asSent(file);
  return upload('photos', body, type);
}

/**
 * Binds a file input (accept="image/*" capture="environment") and a list: each photo taken is uploaded at once and shown
 * with its state; a failed upload can be sent again or removed. {@code ids()} the uploaded photos' ids, {@code waiting()}
 * whether one is not uploaded yet, {@code clear()} after the record is stored.
 */
export function photoPicker(input, list, onChange = () => {}) {
  let photos = [];
  const draw = () => {
    list.replaceChildren(...photos.map((p, n) => el('li', { 'data-photo': p.id ?? '' },
      p.preview ? el('img', { src: p.preview, alt: t('photo.n', n + 1) }) : '',
      el('span', { class: p.failed ? 'why' : 'muted' }, p.id ? t('photo.sent', n + 1)
        : p.failed ? (isNetworkError(p.failed) ? t('error.network') : p.failed.message) : t('photo.sending')),
      p.failed && p.file ? el('button', { type: 'button', class: 'retry', onclick: () => send(p) }, t('photo.retry')) : '',
      el('button', { type: 'button', class: 'remove', 'aria-label': t('photo.removeN', n + 1),
        onclick: () => { photos = photos.filter(x => x !== p); draw(); } }, t('photo.remove')))));
    onChange();
  };
  const send = async p => {
    p.failed = null;
    draw();
    try {
      p.id = (await uploadPhoto(p.file)).id;
      p.file = null;
    } catch (err) {
      p.failed = err;
    }
    draw();
  };
  input.addEventListener('change', () => {
    for (const file of input.files) {
      const p = { file, preview: null };
      photos.push(p);
      const reader = new FileReader();
      reader.onload = () => { p.preview = reader.result; draw(); };
      reader.readAsDataURL(file);
      send(p);
    }
    input.value = '';
    draw();
  });
  return {
    ids: () => photos.filter(p => p.id).map(p => p.id),
    waiting: () => photos.some(p => !p.id),
    clear: () => { photos = []; draw(); },
    redraw: draw,
  };
}
