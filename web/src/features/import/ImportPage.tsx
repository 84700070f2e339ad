import { Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importEntities, oneOf, type ImportSource } from '../../shared/domain/vocabulary';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useUrlParams } from '../../shared/url/useUrlParams';
import type { ImportRequest, Mapping, StartOptions } from './api';
import { FileStep } from './FileStep';
import { ImportOptions } from './ImportOptions';
import { MappingEditor } from './MappingEditor';
import { PreviewSample } from './PreviewSample';
import { usePreview, useStartImport } from './queries';
import { RecentImports } from './RecentImports';
import { RunResult } from './RunResult';
import { Section } from './Section';
import { Loading } from '../../shared/ui/PageState';

/** CSV import (L3): file → detected columns and mapping → preview with errors → import with progress → report. */
export default function ImportPage() {
  const { t } = useTranslation();
  const { params, update } = useUrlParams();
  const entityParam = params.get('entity');
  const entity = oneOf(importEntities, entityParam) ? entityParam : 'accounts';
  const runId = params.get('run');
  const [file, setFile] = useState<File | null>(null);
  const [lines, setLines] = useState<File | null>(null);
  const [source, setSource] = useState<ImportSource | null>(null);
  const [mapping, setMapping] = useState<Mapping | undefined>(undefined);
  const [salesGroup, setSalesGroup] = useState<string | null>(null);
  const [options, setOptions] = useState<StartOptions>({ mode: 'all', dryRun: false });
  const preview = usePreview();
  const start = useStartImport();

  // orders may come as an order file and a lines file: the server joins the two
  const linesFile = entity === 'orders' ? (lines ?? undefined) : undefined;
  const request: ImportRequest | null = file
    ? { entity, file, lines: linesFile, source: source ?? undefined, mapping, salesGroup: salesGroup ?? undefined }
    : null;
  useEffect(() => {
    if (request) preview.mutate(request);
    else preview.reset();
  }, [file, linesFile, entity, source, salesGroup, JSON.stringify(mapping)]);

  const restart = () => {
    setFile(null);
    setLines(null);
    setMapping(undefined);
    start.reset();
    update({ run: null });
  };

  if (runId) {
    return (
      <Stack gap="lg" data-testid="import-page">
        <PageHeader title={t('imports.title')} description={t('imports.description')} />
        <RunResult runId={runId} onAnother={restart} />
        <RecentImports />
      </Stack>
    );
  }

  return (
    <Stack gap="lg" data-testid="import-page">
      <PageHeader title={t('imports.title')} description={t('imports.description')} />
      <Section step={1} title={t('imports.steps.file')}>
        <FileStep
          entity={entity}
          onEntity={(e) => {
            setMapping(undefined);
            update({ entity: e === 'accounts' ? null : e });
          }}
          source={source}
          onSource={(s) => {
            setMapping(undefined);
            setSource(s);
          }}
          file={file}
          onFile={(f) => {
            setMapping(undefined);
            setFile(f);
          }}
          lines={lines}
          onLines={(f) => {
            setMapping(undefined);
            setLines(f);
          }}
          salesGroup={salesGroup}
          onSalesGroup={setSalesGroup}
        />
      </Section>
      {preview.error && <ErrorAlert error={preview.error} onRetry={() => request && preview.mutate(request)} />}
      {preview.isPending && !preview.data && <Loading size="sm" />}
      {preview.data && file && (
        <>
          <Section step={2} title={t('imports.steps.check')} testId="import-preview">
            <Stack gap="lg" style={{ opacity: preview.isPending ? 0.6 : 1 }}>
              <MappingEditor preview={preview.data} onChange={setMapping} />
              <PreviewSample preview={preview.data} />
            </Stack>
          </Section>
          <Section step={3} title={t('imports.steps.import')}>
            {start.error && <ErrorAlert error={start.error} />}
            <ImportOptions
              options={options}
              onChange={setOptions}
              loading={start.isPending}
              blocked={preview.data.missingRequired.length > 0}
              onStart={() => request && start.mutate({ request, options }, { onSuccess: (run) => update({ run: run.id }) })}
            />
          </Section>
        </>
      )}
      <RecentImports />
    </Stack>
  );
}
