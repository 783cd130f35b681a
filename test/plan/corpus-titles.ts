/**
 * Titles read by hand from the corpus files, one or more per file: each is the whole first
 * paragraph of the task, without its id, tags, checkbox, dependency note or tracker link.
 */
export const spotTitles: Record<string, Record<string, string>> = {
  '02b': {
    T016: 'Implement Event service — `listEvents(filters)` with pagination in `src/lib/events/service.ts` — query builder joins events→venues→cities, returns `EventSummary[]` with `confirmedCount` (from active RSVPs count) and `interestedCount`',
  },
  '15-': {
    T001a:
      'Write failing test for `DynamicSource` schema validation in `tests/unit/registry/test_dynamic_models.py`',
  },
  '31b': {
    T002: 'Create Oracle Cloud Infrastructure (OCI) free tier account',
    T021a: 'Create DigitalOcean account with $200 free credit (replaces T021 OCI account) ✅ DONE',
    T049: 'Create Dapr Secrets component',
  },
  '32b': {
    T010: 'Initialize FastAPI app in backend/src/main.py (app creation, CORS middleware, route registration placeholder)',
  },
  '33-': {
    T034: 'Create RocksDB scan implementation for DataFusion in `backend/crates/kalamdb-core/src/tables/rocksdb_scan.rs` (convert RocksDB data to Arrow RecordBatch, support different key formats per TableType: {UserId}:{row_id} for User tables, {row_id} for Shared tables, {timestamp}:{row_id} for Stream tables)',
    T147: 'Add `scan_all_tables() -> Result<Vec<Table>>` to adapter.rs (iterate system_tables CF)',
  },
  '34b': {
    T001: 'Go モジュールを初期化する（`go mod init github.com/<org>/worktree-container`）。go.mod をリポジトリルートに作成',
  },
  '35-': {
    T005: 'マーカーファイル書き込み関数 `WriteMarkerFile(worktreePath string, marker MarkerFile) error` を実装 `internal/worktree/manager.go`（JSON でファイルパス `<worktreePath>/.worktree-container` に書き込み）',
  },
  '36-': {
    T010: 'ランキング整形関数の実装: `src/mixseek/prompt_builder/formatters.py` に `format_ranking_table()` を実装する（contracts/prompt-builder-api.md 2.2節参照）。Leader Boardから取得したランキングを整形し、当該チームに「(あなたのチーム)」を付与する',
  },
  '37-': { T025: '実行状態管理モデルを `src/mixseek/ui/models/execution.py` に作成' },
  '38-': { T003: 'OrchestratorTask モデルのテスト作成' },
  '39-': { T050: 'Register complete_task tool in `mcp-server/server.py`' },
  '42-': { T012: 'GitHub Actions の lint ジョブが成功することを確認' },
  '43-': { T084: 'Migrate src/mixseek/cli/commands/team.py to use ConfigurationManager' },
  '44-': {
    T020: 'Verify livenessProbe configuration in all deployments (check helm template output)',
  },
  '46-': {
    T040: 'Create Monaco Editor wrapper component in `ui/src/components/sql-studio/Editor.tsx`',
  },
};

/** Tasks struck through in the corpus, by file. */
export const obsoleteTasks: Record<string, string[]> = {
  '31b': ['T002', 'T004', 'T049'],
  '33-': [
    'T018',
    'T019',
    'T020',
    'T021',
    'T023',
    'T024',
    'T025',
    'T027d',
    'T028',
    'T029',
    'T030',
    'T031',
  ],
};
