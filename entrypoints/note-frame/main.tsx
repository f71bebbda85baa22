import { setupLang } from '../../components/shared/lang';
import { startNoteFrame } from '../../utils/app/note-frame';
import { storeApi } from '../../utils/store/api';
import '../../components/note/note.css';

// The note editor framed into a notice page (utils/app/note-frame.tsx).
const { t } = setupLang();
startNoteFrame(storeApi(), location.search, t, document.getElementById('app')!);
