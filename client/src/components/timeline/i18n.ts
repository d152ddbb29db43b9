// The timeline's interface strings in English and Traditional Chinese (kept with the feature).
import type { Lang } from '../../lib/view-state.ts';

const en = {
  timeline: 'Timeline',
  timelineOpen: 'Play the view through time',
  timelineClose: 'Close the timeline',
  timelineBar: 'Timeline playback',
  play: 'Play',
  pause: 'Pause',
  replay: 'Play again',
  stepBack: 'Previous date (←)',
  stepForward: 'Next date (→)',
  speed: 'Speed',
  scrub: 'Date',
  start: 'Start',
  startHint: 'before the first date',
  frameOf: 'date {i} of {n}',
  shown: '{nodes} of {total} entities shown',
  undatedNote: 'Entities without a date of their own appear with their first dated link; {n} that nothing dates are shown from the start.',
  undatedNoteStart: '{n} entities without a date of their own are shown from the start.',
  undatedMode: 'Undated entities',
  undatedFirstLink: 'appear with their first dated link',
  undatedStart: 'shown from the start',
  rangeNote: 'Playing {from} – {to}: what came earlier is shown from the start.',
  noDates: 'Nothing in this view has a date: the timeline has nothing to play.',
  keys: 'Space play/pause · ← → step',
  record: 'Record video (WebM)',
  recording: 'Recording… {i}/{n}',
  cancel: 'Cancel',
  recordUnsupported: 'This browser cannot record video (MediaRecorder with WebM is not available).',
  recordFailed: 'Recording failed: {message}',
  recordDone: 'Saved {file} ({size}).',
  videoTitle: 'Cooperation Atlas — the network over time',
  videoFootnote:
    'Every entity and relationship cites its sources in the Cooperation Atlas graph. Undated entities are shown from the start.',
  dismiss: 'Dismiss',
  largeLabels: 'Large labels (for a room)',
};

const zh: Record<keyof typeof en, string> = {
  timeline: '時間軸',
  timelineOpen: '按時間播放此圖',
  timelineClose: '關閉時間軸',
  timelineBar: '時間軸播放',
  play: '播放',
  pause: '暫停',
  replay: '重新播放',
  stepBack: '上一個日期（←）',
  stepForward: '下一個日期（→）',
  speed: '速度',
  scrub: '日期',
  start: '開始',
  startHint: '最早日期之前',
  frameOf: '第 {i} 個日期，共 {n} 個',
  shown: '顯示 {nodes} / {total} 個實體',
  undatedNote: '本身沒有日期的實體，會在其首項有日期的連繫出現時顯示；{n} 個完全沒有日期可依的實體從一開始便顯示。',
  undatedNoteStart: '{n} 個本身沒有日期的實體從一開始便顯示。',
  undatedMode: '沒有日期的實體',
  undatedFirstLink: '隨首項有日期的連繫出現',
  undatedStart: '從一開始便顯示',
  rangeNote: '播放 {from} 至 {to}：較早的內容從一開始便顯示。',
  noDates: '此圖沒有任何有日期的內容，時間軸無法播放。',
  keys: '空格鍵 播放／暫停 · ← → 逐步',
  record: '錄製影片（WebM）',
  recording: '錄製中… {i}/{n}',
  cancel: '取消',
  recordUnsupported: '此瀏覽器不能錄製影片（不支援 WebM 的 MediaRecorder）。',
  recordFailed: '錄製失敗：{message}',
  recordDone: '已儲存 {file}（{size}）。',
  videoTitle: '合作圖譜 — 網絡隨時間的發展',
  videoFootnote: '合作圖譜中每個實體及關係均註明出處。沒有日期的實體從一開始便顯示。',
  dismiss: '關閉',
  largeLabels: '大字標籤（供簡報）',
};

export type TimelineKey = keyof typeof en;
export type TimelineT = (key: TimelineKey, vars?: Record<string, string | number>) => string;

export function timelineT(lang: Lang): TimelineT {
  const dict = lang === 'zh' ? zh : en;
  return (key, vars) => {
    const text = dict[key] ?? en[key];
    return vars ? text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m)) : text;
  };
}
