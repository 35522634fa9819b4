/** Someone's line manager as the organisation's directory (Microsoft Entra) names them. */
export interface DirectoryManager {
  aadObjectId: string;
  name: string;
}

/**
 * Where to ask for a line manager when the roster names none (issue 13 item 5). Directory data, not a roster
 * entry: it never makes anyone a manager of record in `people`. Answers undefined when the directory names no
 * manager or cannot be reached, so a coordinator decides as before.
 */
export interface ManagerDirectory {
  managerOf(aadObjectId: string): Promise<DirectoryManager | undefined>;
}
