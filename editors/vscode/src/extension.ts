// The wecontact client for VS Code and editors built on it (WeChat DevTools' editor):
// it starts `wecontact server` and lets it lint, fix, explain and complete as you type.
import * as vscode from "vscode";
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from "vscode-languageclient/node";

/** The files wecontact reads: views, configs and scripts of every framework it serves. */
export const FILES = "**/*.{json,wxml,js,ts,vue,jsx,tsx,mjs,cjs,mts,cts}";

let client: LanguageClient | undefined;

/** `wecontact server`, in the language the settings ask for (else the editor's). */
export function serverOptions(config: vscode.WorkspaceConfiguration): ServerOptions {
  const command = config.get<string>("path") || "wecontact";
  const lang = config.get<string>("lang") || "";
  const args = ["server", ...(lang ? ["--lang", lang] : [])];
  return { command, args, transport: TransportKind.stdio };
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const options: LanguageClientOptions = {
    documentSelector: [{ scheme: "file", pattern: FILES }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher(FILES) },
  };
  client = new LanguageClient("wecontact", "wecontact", serverOptions(vscode.workspace.getConfiguration("wecontact")),
                              options);
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration(async (event) => {
    if (event.affectsConfiguration("wecontact") && client) {
      await client.stop();
      client = new LanguageClient("wecontact", "wecontact",
                                  serverOptions(vscode.workspace.getConfiguration("wecontact")), options);
      await client.start();
    }
  }));
  await client.start();
}

export async function deactivate(): Promise<void> {
  if (client) {
    await client.stop();
  }
}
