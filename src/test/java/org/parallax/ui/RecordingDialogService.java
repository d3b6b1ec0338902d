package org.parallax.ui;

import java.util.ArrayList;
import java.util.List;
import org.parallax.io.Problem;
import org.parallax.ui.common.DialogService;

/** Records dialogs instead of showing them. */
final class RecordingDialogService implements DialogService {
    final List<List<Problem>> problemDialogs = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    final List<String> infos = new ArrayList<>();
    final List<String> questions = new ArrayList<>();
    boolean answer = true;

    @Override
    public void showProblems(String title, String header, List<Problem> problems) {
        problemDialogs.add(List.copyOf(problems));
    }

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public void showInformation(String title, String message) {
        infos.add(message);
    }

    @Override
    public boolean confirm(String title, String header, String message) {
        questions.add(header);
        return answer;
    }
}
