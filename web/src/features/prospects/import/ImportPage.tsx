import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { ErrorMessage } from '@/components/ErrorMessage';
import { ApiError, callFunction, type Output } from '@/lib/api-client';
import { useFunctionQuery } from '@/lib/functions';
import { useAskBeforeUnload } from '@/lib/unsaved';
import { localizeIssue } from '@/lib/validation';
import { prepareChunks, rowOf } from './chunks';
import { FIELDS, decode, guessMapping, parse, toRow, unparse, type Field, type Parsed } from './csv';
import { T } from './strings';

type RowError = Output<'importProspects'>['errors'][number];
interface Report {
  created: number;
  duplicates: number;
  errors: RowError[];
  done: number;
  total: number;
  failure: unknown;
  finished: boolean;
  /** Seconds left before the import resumes after a 429 (its own per-minute budget spent); null while running. */
  pausedFor: number | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** CSV import: pick a file, map its columns (with a preview), send the rows in chunks, report and download. */
export default function ImportPage() {
  const [parsed, setParsed] = useState<Parsed | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [mapping, setMapping] = useState<Record<Field, number> | null>(null);
  const [campaignId, setCampaignId] = useState('');
  const [report, setReport] = useState<Report | null>(null);
  const campaigns = useFunctionQuery('listCampaigns', {});
  const queryClient = useQueryClient();
  // closing the tab mid-import stops it with the rows so far imported and the report lost: the browser asks first
  useAskBeforeUnload(report != null && !report.finished);

  const onFile = async (file: File | undefined) => {
    setParsed(null);
    setReport(null);
    setNotice(null);
    setProblem(null);
    if (!file) return;
    const decoded = decode(new Uint8Array(await file.arrayBuffer()));
    if ('error' in decoded) {
      setProblem(T.notText);
      return;
    }
    if (decoded.encoding === 'windows-1252') setNotice(T.decodedAs1252);
    const p = parse(decoded.text);
    if (p.problem) {
      setProblem(T.parseError(p.problem.row, p.problem.message));
      return;
    }
    if (p.rows.length === 0) {
      setProblem(T.empty);
      return;
    }
    setParsed(p);
    setMapping(guessMapping(p.header));
  };

  const ready = mapping != null && mapping.fullName >= 0 && mapping.companyName >= 0 && (mapping.email >= 0 || mapping.linkedinUrl >= 0);
  const preview = useMemo(() => (parsed && mapping ? parsed.rows.slice(0, 5).map((r) => toRow(r, mapping)) : []), [parsed, mapping]);

  const start = async () => {
    if (!parsed || !mapping) return;
    const rows = parsed.rows.map((r) => toRow(r, mapping));
    const { chunks, refused } = prepareChunks(rows, parsed.rowNumbers);
    const state: Report = { created: 0, duplicates: 0, errors: [...refused], done: refused.length, total: rows.length, failure: null, finished: false, pausedFor: null };
    const byRow = (a: RowError, b: RowError) => a.row - b.row;
    setReport({ ...state, errors: [...state.errors] });
    for (let i = 0; i < chunks.length; ) {
      const chunk = chunks[i];
      try {
        // errors come back numbered from firstRow; rowOf turns them into the file's rows (blank lines counted)
        const r = await callFunction('importProspects', { ...(campaignId ? { campaignId } : {}), firstRow: chunk.firstRow, rows: chunk.rows });
        state.created += r.created;
        state.duplicates += r.duplicates;
        state.errors.push(...r.errors.map((e) => ({ ...e, row: rowOf(chunk, e.row) })));
        state.errors.sort(byRow);
        state.done += chunk.rows.length;
        i += 1;
      } catch (e) {
        if (e instanceof ApiError && e.isRateLimited) {
          // the chunk was refused before anything was written: wait out Retry-After, then send it again
          for (let left = Math.max(1, e.retryAfterSeconds ?? 5); left > 0; left--) {
            state.pausedFor = left;
            setReport({ ...state, errors: [...state.errors] });
            await sleep(1000);
          }
          state.pausedFor = null;
          continue;
        }
        state.failure = e;
        break;
      } finally {
        setReport({ ...state, errors: [...state.errors] });
      }
    }
    state.finished = true;
    setReport({ ...state, errors: [...state.errors] });
    await Promise.all(['listProspects', 'dashboardStats', 'dashboardPipeline', 'campaignFigures', 'listCampaigns'].map((k) => queryClient.invalidateQueries({ queryKey: [k] })));
  };

  /** An error's field as the seller's own column header (the file's), else the field's label. */
  const columnOf = (field: string) => {
    const i = mapping && (FIELDS as readonly string[]).includes(field) ? mapping[field as Field] : -1;
    return parsed && i >= 0 && parsed.header[i] ? parsed.header[i] : (T.fields as Record<string, string>)[field] ?? field;
  };

  const downloadReport = () => {
    if (!report) return;
    const summary = [['summary', '', T.report(report.created, report.duplicates, report.errors.length)]];
    download('import-report.csv', unparse(['row', 'field', 'message'], [...summary, ...report.errors.map((e) => [String(e.row), columnOf(e.field), localizeIssue(e.message)])]));
  };

  return (
    <div className="stack">
      <Link to="/prospects">← {T.back}</Link>
      <h1>{T.title}</h1>
      <div className="card">
        <div className="field">
          <label htmlFor="import-file">{T.file}</label>
          <input id="import-file" type="file" accept=".csv,text/csv,text/plain" aria-describedby="import-file-hint" onChange={(e) => void onFile(e.target.files?.[0])} />
          <span id="import-file-hint" className="hint">
            {T.fileHint}
          </span>
        </div>
        {notice && <p className="banner">{notice}</p>}
        {problem && (
          <p className="error" role="alert">
            {problem}
          </p>
        )}
      </div>
      {parsed && mapping && !report && (
        <>
          <section className="card" aria-labelledby="mapping-title">
            <h2 id="mapping-title">{T.mapping}</h2>
            <p className="muted small">{T.mappingHint}</p>
            <div className="grid">
              {FIELDS.map((f) => (
                <div className="field" key={f}>
                  <label htmlFor={`map-${f}`}>{T.fields[f]}</label>
                  <select id={`map-${f}`} value={mapping[f]} onChange={(e) => setMapping({ ...mapping, [f]: Number(e.target.value) })}>
                    <option value={-1}>{T.notMapped}</option>
                    {parsed.header.map((h, i) => (
                      <option key={i} value={i}>
                        {h || `#${i + 1}`}
                      </option>
                    ))}
                  </select>
                </div>
              ))}
            </div>
          </section>
          <section className="card" aria-labelledby="preview-title">
            <h2 id="preview-title">{T.preview}</h2>
            <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="preview-title">
              <table data-testid="import-preview">
                <thead>
                  <tr>
                    {FIELDS.filter((f) => mapping[f] >= 0).map((f) => (
                      <th key={f} scope="col">
                        {T.fields[f]}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {preview.map((r, i) => (
                    <tr key={i}>
                      {FIELDS.filter((f) => mapping[f] >= 0).map((f) => (
                        <td key={f}>{r[f] ?? ''}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <div className="row">
            <label htmlFor="import-campaign">{T.campaign}</label>
            <select id="import-campaign" value={campaignId} onChange={(e) => setCampaignId(e.target.value)}>
              <option value="">{T.noCampaign}</option>
              {campaigns.data?.items.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
            <button type="button" className="btn btn-primary" disabled={!ready} onClick={() => void start()}>
              {T.start(parsed.rows.length)}
            </button>
            {!ready && <span className="field-error">{T.missing}</span>}
          </div>
        </>
      )}
      {report && (
        <section className="card stack" aria-labelledby="report-title">
          <h2 id="report-title">{T.progress}</h2>
          <progress max={report.total} value={report.done} aria-label={T.progress} style={{ width: '100%' }} />
          {!report.finished && <p aria-live="polite">{T.importing(report.done, report.total)}</p>}
          {!report.finished && report.pausedFor != null && (
            <p className="banner" role="status" data-testid="import-paused">
              {T.paused(report.pausedFor)}
            </p>
          )}
          {report.finished && (
            <p className="success" role="status" data-testid="import-report">
              {T.report(report.created, report.duplicates, report.errors.length)}
            </p>
          )}
          {report.failure != null && (
            <>
              <ErrorMessage error={report.failure} />
              <p>{T.stopped}</p>
            </>
          )}
          {report.finished && (
            <button type="button" className="btn" onClick={downloadReport}>
              {T.download}
            </button>
          )}
          {report.errors.length > 0 && (
            <div className="table-wrap" tabIndex={0} role="region" aria-label={T.errorsTitle}>
              <table>
                <caption>{T.errorsTitle}</caption>
                <thead>
                  <tr>
                    <th scope="col">{T.colRow}</th>
                    <th scope="col">{T.colField}</th>
                    <th scope="col">{T.colMessage}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.errors.slice(0, 200).map((e) => (
                    <tr key={`${e.row}-${e.field}`}>
                      <td>{e.row}</td>
                      <td>{columnOf(e.field)}</td>
                      <td>{localizeIssue(e.message)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
    </div>
  );
}
