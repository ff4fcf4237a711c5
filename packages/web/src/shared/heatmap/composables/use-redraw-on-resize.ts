import { onBeforeUnmount, onMounted, type Ref } from 'vue';

/** Device pixels per CSS pixel (1 when the browser does not say). */
export function devicePixelRatio(): number {
  return typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
}

/**
 * Calls `redraw` (at most once per frame) when `target` changes size or the device pixel ratio
 * changes (the window moves to another screen, the page is zoomed), from mount to unmount. The
 * first draw is the caller's own, in its `onMounted`.
 */
export function useRedrawOnResize(target: Readonly<Ref<HTMLElement | null>>, redraw: () => void): void {
  let observer: ResizeObserver | undefined;
  let pixelRatio: MediaQueryList | undefined;
  let frame = 0;

  function schedule(): void {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      redraw();
    });
  }

  // A media query matches one ratio: watched again for the new ratio after each change.
  function watchPixelRatio(): void {
    pixelRatio?.removeEventListener('change', onPixelRatio);
    pixelRatio = window.matchMedia(`(resolution: ${devicePixelRatio()}dppx)`);
    pixelRatio.addEventListener('change', onPixelRatio);
  }

  function onPixelRatio(): void {
    watchPixelRatio();
    schedule();
  }

  onMounted(() => {
    if (target.value) {
      observer = new ResizeObserver(schedule);
      observer.observe(target.value);
    }
    watchPixelRatio();
  });
  onBeforeUnmount(() => {
    observer?.disconnect();
    pixelRatio?.removeEventListener('change', onPixelRatio);
    if (frame) cancelAnimationFrame(frame);
  });
}
