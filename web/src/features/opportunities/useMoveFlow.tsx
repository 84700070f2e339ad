import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stageName } from '../../shared/domain/stages';
import { notify } from '../../shared/ui/notify';
import { opportunitiesApi, type GateValues, type BoardCard, type Stage } from './api';
import { GateModal } from './GateModal';
import { LoseModal } from './LoseModal';
import { useOpportunityWrite } from './queries';
import { WinModal } from './WinModal';
import { missingFields, writeErrorMessage } from './writeErrors';

interface Gate {
  opportunity: BoardCard;
  stage: Stage;
  missing: string[];
}

interface MoveInput {
  opportunity: BoardCard;
  stage: Stage;
  values?: GateValues;
}

/**
 * Moving an opportunity, from a drag or a "Move to…" menu: a move the stage's gate refuses opens a
 * small form asking for exactly the missing fields and retries; Won and Lost open their own forms.
 */
export function useMoveFlow() {
  const { t } = useTranslation();
  const [gate, setGate] = useState<Gate | null>(null);
  const [winning, setWinning] = useState<BoardCard | null>(null);
  const [losing, setLosing] = useState<BoardCard | null>(null);
  const move = useOpportunityWrite(({ opportunity, stage, values }: MoveInput) =>
    opportunitiesApi.move(opportunity.id, { version: opportunity.version, stageId: stage.id, ...values }),
  );

  const request = (opportunity: BoardCard, stage: Stage, values?: GateValues) => {
    if (stage.id === opportunity.stageId) return;
    if (stage.outcome === 'won') return setWinning(opportunity);
    if (stage.outcome === 'lost') return setLosing(opportunity);
    move.mutate(
      { opportunity, stage, values },
      {
        onSuccess: (o) => {
          setGate(null);
          notify(t('pipeline.moved', { name: o.name, stage: stageName(o.stage, t) }));
        },
        onError: (e) => {
          const missing = missingFields(e);
          if (missing) return setGate({ opportunity, stage, missing });
          setGate(null);
          notify(writeErrorMessage(e, t), 'error');
        },
      },
    );
  };

  const dialogs = (
    <>
      <GateModal
        opportunity={gate?.opportunity ?? null}
        stageLabel={gate ? stageName(gate.stage, t) : ''}
        missing={gate?.missing ?? []}
        loading={move.isPending}
        error={null}
        onSubmit={(values) => gate && request(gate.opportunity, gate.stage, values)}
        onClose={() => setGate(null)}
      />
      <WinModal opportunity={winning} onClose={() => setWinning(null)} />
      <LoseModal opportunity={losing} onClose={() => setLosing(null)} />
    </>
  );

  return { request, dialogs, pending: move.isPending ? move.variables : undefined };
}
