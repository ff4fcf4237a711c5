import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue';

/**
 * Whether `box` scrolls (its content is larger than it), read whenever the box or its `content`
 * changes size, from mount to unmount. A ResizeObserver reports after layout, so the reading forces
 * no layout of its own, as reading scroll sizes right after a change would (about 15 ms of the
 * heatmap's first frame with the CPU slowed 4×, docs/benchmarks-web.md).
 */
export function useScrollable(box: Readonly<Ref<HTMLElement | null>>, content: Readonly<Ref<HTMLElement | null>>): Ref<boolean> {
  const scrollable = ref(false);
  let observer: ResizeObserver | undefined;
  function check(): void {
    const el = box.value;
    scrollable.value = el !== null && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1);
  }
  onMounted(() => {
    if (typeof ResizeObserver === 'undefined' || !box.value) return;
    observer = new ResizeObserver(check);
    observer.observe(box.value);
    if (content.value) observer.observe(content.value);
  });
  onBeforeUnmount(() => observer?.disconnect());
  return scrollable;
}
