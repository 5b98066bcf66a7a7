"use client";

import { useCallback, useEffect, useState } from "react";
import { errorMessage } from "@/lib/client/api-client";
import { toRunView } from "./from-contract";
import { EVENT_TYPES, getRun, parseEvent } from "./simulation-api";
import { isFinished, type RunSummaryView, type RunView } from "./types";

const POLL_INTERVAL_MS = 1000;

export type RunMonitor = {
  run: RunView;
  /** Why the run could not be followed or loaded (network, 404), or null. */
  loadError: string | null;
  /** Replace the run (after cancel, or a 201 answer). */
  setRun: (run: RunView) => void;
};

function withResults(summary: RunSummaryView | RunView): RunView {
  return "results" in summary ? summary : { ...summary, results: null };
}

/**
 * Follows a run until it ends: server-sent events first (GET /api/simulations/{id}/events), polling the run when
 * the stream is unavailable or breaks, and one read of the full run (results or reason) at the end.
 */
export function useRunMonitor(initial: RunSummaryView | RunView): RunMonitor {
  const [run, setRunState] = useState<RunView>(() => withResults(initial));
  const [loadError, setLoadError] = useState<string | null>(null);
  const runId = run.id;
  const needsDetail = run.status === "succeeded" && run.results === null;
  const isActive = !isFinished(run.status);

  const setRun = useCallback((next: RunView) => setRunState(next), []);

  const loadDetail = useCallback(
    (signal: AbortSignal): Promise<RunView | null> =>
      getRun(runId, signal).then(
        (detail) => {
          const view = toRunView(detail);
          setRunState(view);
          setLoadError(null);
          return view;
        },
        (error: unknown) => {
          if (!signal.aborted) setLoadError(errorMessage(error));
          return null;
        },
      ),
    [runId],
  );

  useEffect(() => {
    if (!needsDetail) return;
    const controller = new AbortController();
    const signal = controller.signal;
    getRun(runId, signal).then(
      (detail) => setRunState(toRunView(detail)),
      (error: unknown) => {
        if (!signal.aborted) setLoadError(errorMessage(error));
      },
    );
    return () => controller.abort();
  }, [needsDetail, runId]);

  useEffect(() => {
    if (!isActive) return;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const detail = await loadDetail(controller.signal);
      if (!controller.signal.aborted && (!detail || !isFinished(detail.status))) timer = setTimeout(() => void poll(), POLL_INTERVAL_MS);
    };
    if (typeof EventSource === "undefined") {
      void poll();
      return () => {
        controller.abort();
        clearTimeout(timer);
      };
    }
    const source = new EventSource(`/api/simulations/${runId}/events`);
    const onEvent = (message: MessageEvent<string>) => {
      const event = parseEvent(message.data);
      if (!event) return;
      if (event.type === "progress") {
        setRunState((current) => ({ ...current, status: event.status, progress: event.progress }));
        return;
      }
      source.close();
      void loadDetail(controller.signal);
    };
    for (const type of EVENT_TYPES) source.addEventListener(type, onEvent);
    source.onerror = () => {
      // The stream broke (proxy, server restart, no SSE support): poll instead until the run ends.
      source.close();
      if (!controller.signal.aborted) void poll();
    };
    return () => {
      source.close();
      controller.abort();
      clearTimeout(timer);
    };
  }, [isActive, runId, loadDetail]);

  return { run, loadError, setRun };
}
