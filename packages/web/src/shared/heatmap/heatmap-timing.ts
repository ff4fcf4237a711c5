/**
 * Performance marks around a heatmap chart's first draw, read by `pnpm bench:web`
 * (docs/benchmarks-web.md): `heatmap:first-draw` is the synchronous draw of the canvas (heatmap-renderer.ts);
 * `heatmap:first-frame` runs from the component's setup to just after the frame that shows the chart
 * has been painted. Only the first draw of each chart is measured. Costs two marks; no effect on drawing.
 */
export interface FirstDrawTimer {
  /** Just before the canvas is drawn. */
  start(): void;
  /** Just after the canvas is drawn. */
  end(): void;
}

export function firstDrawTimer(): FirstDrawTimer {
  const setup = performance.now();
  let state: 'waiting' | 'drawing' | 'done' = 'waiting';
  let drawStart = 0;
  return {
    start() {
      if (state !== 'waiting') return;
      state = 'drawing';
      drawStart = performance.now();
    },
    end() {
      if (state !== 'drawing') return;
      state = 'done';
      performance.measure('heatmap:first-draw', { start: drawStart, end: performance.now() });
      // The next frame runs its callbacks, then paints; a message posted from the callback is handled after the paint.
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => performance.measure('heatmap:first-frame', { start: setup, end: performance.now() });
        channel.port2.postMessage(null);
      });
    },
  };
}
